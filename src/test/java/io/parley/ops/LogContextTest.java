package io.parley.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.UUID;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LogContextTest {

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void aGivenCorrelationIdIsKeptForTheRequestAndRemovedAfter() {
        LogContext.Scope scope = LogContext.request("c-42");
        assertEquals("c-42", LogContext.correlationId());
        scope.close();
        assertNull(LogContext.correlationId());
    }

    @Test
    void withoutOneTheLambdaRequestIdBecomesTheCorrelationId() {
        LogContext.Scope request = LogContext.put(LogContext.REQUEST_ID, "req-7");
        LogContext.Scope correlation = LogContext.request(null);
        assertEquals("req-7", LogContext.correlationId());
        correlation.close();
        request.close();
        assertNull(LogContext.correlationId());
        assertNull(MDC.get(LogContext.REQUEST_ID));
    }

    @Test
    void withNeitherANewIdIsMade() {
        LogContext.Scope scope = LogContext.request(" ");
        assertNotNull(UUID.fromString(LogContext.correlationId()));
        scope.close();
    }

    @Test
    void closingAnInnerScopeRestoresTheOuterValue() {
        LogContext.Scope outer = LogContext.article("a1");
        LogContext.Scope inner = LogContext.article("a2");
        assertEquals("a2", MDC.get(LogContext.ARTICLE_ID));
        inner.close();
        assertEquals("a1", MDC.get(LogContext.ARTICLE_ID));
        outer.close();
        assertNull(MDC.get(LogContext.ARTICLE_ID));
    }
}
