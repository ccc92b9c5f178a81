package io.parley.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/** The sample AWS events under {@code infra/events/}, loaded as trees so a test can fill in its own values. */
public final class Events {

    private Events() {
    }

    public static ObjectNode load(String name) {
        try {
            return (ObjectNode) Json.mapper().readTree(Path.of("infra", "events", name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample S3 put event, pointing at {@code bucket}/{@code key} (key as S3 encodes it). */
    public static String s3Put(String bucket, String encodedKey) {
        ObjectNode event = load("s3-put.json");
        ObjectNode s3 = (ObjectNode) event.path("Records").get(0).path("s3");
        ((ObjectNode) s3.path("bucket")).put("name", bucket);
        ((ObjectNode) s3.path("object")).put("key", encodedKey);
        return event.toString();
    }

    /** The sample SQS event with one record per (messageId, body) entry. */
    public static String sqs(Map<String, String> bodiesById) {
        ObjectNode event = load("sqs-extract.json");
        ArrayNode records = (ArrayNode) event.path("Records");
        JsonNode template = records.get(0);
        records.removeAll();
        bodiesById.forEach((id, body) -> {
            ObjectNode record = template.deepCopy();
            record.put("messageId", id);
            record.put("body", body);
            records.add(record);
        });
        return event.toString();
    }

    /** An HTTP API v2 event for {@code method} {@code path} with query parameters and an optional body. */
    public static String http(String method, String path, Map<String, String> query, String body) {
        ObjectNode event = load(method.equals("POST") ? "http-post-article.json" : "http-get-meetings.json");
        event.put("rawPath", path);
        event.put("routeKey", method + " " + path);
        ((ObjectNode) event.path("requestContext").path("http")).put("method", method).put("path", path);
        ObjectNode params = event.putObject("queryStringParameters");
        query.forEach(params::put);
        if (body == null) {
            event.remove("body");
        } else {
            event.put("body", body);
        }
        return event.toString();
    }
}
