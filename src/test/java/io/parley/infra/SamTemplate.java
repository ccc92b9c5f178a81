package io.parley.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The SAM template read as a tree, for tests that check it agrees with the code. CloudFormation tags such
 * as {@code !Ref} are read as their plain values.
 */
public record SamTemplate(JsonNode root) {

    public static SamTemplate load() throws IOException {
        return new SamTemplate(new ObjectMapper(new YAMLFactory()).readTree(Path.of("template.yaml").toFile()));
    }

    public JsonNode resource(String logicalId) {
        return root.path("Resources").path(logicalId);
    }

    /** Logical ids of every resource of the given type. */
    public List<String> resourcesOfType(String type) {
        List<String> ids = new ArrayList<>();
        root.path("Resources").fields().forEachRemaining(e -> {
            if (type.equals(e.getValue().path("Type").asText())) {
                ids.add(e.getKey());
            }
        });
        return ids;
    }
}
