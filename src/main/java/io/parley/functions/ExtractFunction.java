package io.parley.functions;

import io.parley.aws.ExtractMessage;
import io.parley.ops.LogContext;
import io.parley.service.ExtractService;
import io.parley.service.Ids;
import io.parley.store.ArticleNotFoundException;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Extracts one article per SQS message. Funqy calls it once per message of a batch and reports the
 * messages that threw as batch item failures, so only they are retried (and then dead-lettered). A message that
 * cannot name an article (no id, an id too long for a key) is logged as REJECTED and not retried.
 */
public class ExtractFunction {

    private static final Logger LOG = Logger.getLogger(ExtractFunction.class);

    @Inject
    ExtractService extract;

    @Funq("extract")
    public void extract(ExtractMessage message) {
        if (message == null || message.articleId() == null) {
            LOG.warn("extract message without articleId ignored");
            return;
        }
        var problem = Ids.problem(message.articleId());
        if (problem.isPresent()) {
            LOG.warnf("extract message REJECTED (not retried): articleId: %s", problem.get());
            return;
        }
        LogContext.Scope request = LogContext.request(message.correlationId());
        LogContext.Scope article = LogContext.article(message.articleId());
        try {
            var extraction = extract.extract(message.articleId());
            LOG.infof("extracted %s: %d meetings, %d statements", message.articleId(),
                    extraction.meetings().size(), extraction.statements().size());
        } catch (ArticleNotFoundException e) {
            LOG.warnf("extract message for unknown article %s ignored", message.articleId());
        } finally {
            article.close();
            request.close();
        }
    }
}
