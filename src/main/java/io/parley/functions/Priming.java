package io.parley.functions;

import io.parley.extract.Extractor;
import io.parley.json.Json;
import io.parley.model.Article;
import io.parley.model.ArticleInfo;
import io.parley.model.Extraction;
import io.parley.store.ParleyStore;
import java.time.LocalDate;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Priming is the work done once before a SnapStart snapshot, so that a restored function answers its first
 * request without loading classes: one short article through the extractor and the JSON writer, and one
 * harmless call on each AWS client (it may fail: only the loaded classes matter).
 */
public final class Priming {

    /** A short article written for priming: one meeting, a direct quote and a reported statement. */
    static final String ARTICLE = """
            Norway and Chile agree to deepen fisheries cooperation

            OSLO, March 3 (Parley) - Norwegian Foreign Minister Ingrid Dahl met her Chilean counterpart Tomas Reyes \
            in Oslo on Monday to discuss fisheries and climate cooperation.

            "We agreed to open a new chapter in our partnership," Dahl told reporters after the talks.

            Reyes said Chile would host the next round of talks in Santiago later this year.
            """;

    /** What priming did: facts found in the article, and which clients answered. */
    record Result(int meetings, int statements, boolean dynamoAnswered, boolean sqsAnswered) {
    }

    /** The id read from the store while priming: no article has it (ids are content hashes). */
    static final String PRIMING_ID = "priming";

    private Priming() {
    }

    /** Primes the extractor, then reads one (absent) article through the store and asks the queue for its attributes. */
    static Result prime(Extractor extractor, ParleyStore store, SqsClient sqs, String queueUrl) {
        Extraction extraction = primeExtractor(extractor);
        boolean dynamoAnswered = attempt(() -> store.find(PRIMING_ID));
        boolean sqsAnswered = attempt(() -> sqs.getQueueAttributes(b -> b.queueUrl(queueUrl)));
        return new Result(extraction.meetings().size(), extraction.statements().size(), dynamoAnswered, sqsAnswered);
    }

    /** The extraction part of priming: the priming article through the extractor and the JSON writer. */
    public static Extraction primeExtractor(Extractor extractor) {
        Extraction extraction = extractor.extract(article());
        Json.write(extraction);
        return extraction;
    }

    static Article article() {
        return new Article(new ArticleInfo(PRIMING_ID, "Norway and Chile agree to deepen fisheries cooperation",
                LocalDate.of(2026, 3, 4), null, null), ARTICLE);
    }

    private static boolean attempt(Runnable call) {
        try {
            call.run();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
