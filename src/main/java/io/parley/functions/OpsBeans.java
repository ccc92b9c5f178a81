package io.parley.functions;

import io.parley.app.Parley;
import io.parley.ops.EmfMetrics;
import io.parley.ops.Metrics;
import io.parley.ops.ReextractService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Produces what operating the functions needs: metrics in Embedded Metric Format, the re-extract service. */
public class OpsBeans {

    /** Metrics on standard output, dimensioned by stage and function; application-scoped so tests can mock it. */
    @Produces
    @ApplicationScoped
    Metrics metrics(Clock clock, @ConfigProperty(name = "parley.stage") String stage,
                    @ConfigProperty(name = "quarkus.funqy.export") String function) {
        return new EmfMetrics(System.out, clock, dimensions(stage, function));
    }

    @Produces
    @Singleton
    ReextractService reextractService(Parley parley) {
        return parley.reextract();
    }

    private static Map<String, String> dimensions(String stage, String function) {
        Map<String, String> dims = new LinkedHashMap<>();
        dims.put(EmfMetrics.STAGE, stage);
        dims.put(EmfMetrics.FUNCTION, function);
        return dims;
    }
}
