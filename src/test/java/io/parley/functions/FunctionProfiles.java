package io.parley.functions;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** One test profile per exported function: Funqy runs exactly one function per deployment. */
final class FunctionProfiles {

    private FunctionProfiles() {
    }

    public static final class Ingest implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.funqy.export", "ingest");
        }
    }

    public static final class Extract implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.funqy.export", "extract");
        }
    }

    public static final class Query implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.funqy.export", "query");
        }
    }
}
