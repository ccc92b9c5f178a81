package io.parley.functions;

import io.parley.ops.LogContext;
import io.parley.ops.ReextractService;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Queues every stored article for extraction again: invoke it after the extraction rules change. */
public class ReextractFunction {

    private static final Logger LOG = Logger.getLogger(ReextractFunction.class);

    @Inject
    ReextractService reextract;

    /** What a re-extract run did. */
    public record Report(long queued) {
    }

    @Funq("reextract")
    public Report reextract() {
        LogContext.Scope request = LogContext.request(null);
        try {
            long queued = reextract.requeueAll();
            LOG.infof("reextract: %d articles queued", queued);
            return new Report(queued);
        } finally {
            request.close();
        }
    }
}
