package io.parley.functions;

import io.parley.aws.ExtractMessage;
import io.parley.ops.LogContext;
import io.parley.service.ActorRevisionService;
import io.parley.service.ExtractService;
import io.parley.service.Ids;
import io.parley.store.ActorsRevised;
import io.parley.store.ArticleNotFoundException;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Extracts one article per SQS message, or runs one "revise actors" job ({@link ExtractMessage#reviseActors}). Funqy calls it once per message of a batch and reports the
 * messages that threw as batch item failures, so only they are retried (and then dead-lettered). A message that
 * cannot name an article (no id, an id too long for a key) is logged as REJECTED and not retried.
 */
public class ExtractFunction {

    private static final Logger LOG = Logger.getLogger(ExtractFunction.class);
    /** A surname skeleton ({@code NameForm.skeleton}): lower-case letters and digits. */
    private static final Pattern GROUP = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{Nd}]{1,200}");

    @Inject
    ExtractService extract;

    @Inject
    ActorRevisionService revision;

    @Funq("extract")
    public void extract(ExtractMessage message) {
        if (message != null && message.articleId() == null && message.reviseActors() != null) {
            revise(message);
            return;
        }
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

    /** A "revise actors" job; a failure throws, so the message is retried (the revision is idempotent). */
    private void revise(ExtractMessage message) {
        if (!GROUP.matcher(message.reviseActors()).matches()) {
            LOG.warnf("revise message REJECTED (not retried): not a surname skeleton (%d chars)", message.reviseActors().length());
            return;
        }
        try (LogContext.Scope request = LogContext.request(message.correlationId())) {
            ActorsRevised done = revision.revise(message.reviseActors());
            LOG.infof("revised actors %s: %d mentions, %d moved, %d articles refiled, %d profiles written, %d redirects",
                    done.group(), done.mentions(), done.moved(), done.refiled(), done.written().size(), done.redirects().size());
        }
    }
}
