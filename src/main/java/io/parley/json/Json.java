package io.parley.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.parley.model.Extraction;
import io.parley.model.MeetingRef;
import io.parley.model.Problem;
import io.parley.model.Statement;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Json holds the shared {@link ObjectMapper} for the extraction contract: dates as {@code "2025-11-17"},
 * records in declaration order, {@code null} fields written out, unknown input fields ignored, and an
 * extraction's {@code problems} only when there are any (so the contract of a complete extraction is unchanged), and
 * a statement's {@code meeting} only when it was said at one (so a statement placed at no meeting reads as before).
 * Reading is bounded for hostile input: at most {@value #MAX_DEPTH} levels of nesting and numbers of at most
 * {@value #MAX_NUMBER_DIGITS} digits; {@link #limitExceeded(Throwable)} words a refusal for users.
 */
public final class Json {

    /** The deepest nesting of arrays and objects read (Parley's own documents nest fewer than 10 levels). */
    public static final int MAX_DEPTH = 64;
    /** The most digits of a number read. */
    public static final int MAX_NUMBER_DIGITS = 100;

    private static final ObjectMapper MAPPER = configure(new ObjectMapper());

    private Json() {
    }

    /** Applies Parley's settings to a mapper (also used for the mapper Quarkus injects). */
    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH).maxNumberLength(MAX_NUMBER_DIGITS).build());
        return mapper.registerModule(new JavaTimeModule())
                .addMixIn(Extraction.class, ExtractionJson.class)
                .addMixIn(Statement.class, StatementJson.class)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The shared, thread-safe mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Writes a value as compact JSON. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a value as indented JSON. */
    public static String writePretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads JSON produced by {@link #write(Object)}. */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Why reading JSON stopped at one of the reading limits, for users ("the JSON is nested more than 64 levels
     * deep"), when {@code failure} or one of its causes is such a refusal; empty for any other failure.
     */
    public static Optional<String> limitExceeded(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException e) {
                return Optional.of(describe(e));
            }
        }
        return Optional.empty();
    }

    private static String describe(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("nesting depth")) {
            return "the JSON is nested more than " + MAX_DEPTH + " levels deep";
        }
        if (message.startsWith("Number value length")) {
            return "the JSON holds a number of more than " + MAX_NUMBER_DIGITS + " digits";
        }
        return "the JSON exceeds a reading limit (a name or text too long)";
    }

    /** How an {@link Extraction} is written: {@code problems} only when it has some. */
    private abstract static class ExtractionJson {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<Problem> problems();
    }

    /** How a {@link Statement} is written: {@code meeting} only when it has one. */
    private abstract static class StatementJson {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract MeetingRef meeting();
    }
}
