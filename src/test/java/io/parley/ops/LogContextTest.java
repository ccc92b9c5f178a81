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
        try (LogContext.Scope ignored = LogContext.request("c-42")) {
            assertEquals("c-42", LogContext.correlationId());
        }
        assertNull(LogContext.correlationId());
    }

    @Test
    void withoutOneTheLambdaRequestIdBecomesTheCorrelationId() {
        try (LogContext.Scope request = LogContext.put(LogContext.REQUEST_ID, "req-7");
             LogContext.Scope ignored = LogContext.request(null)) {
            assertEquals("req-7", LogContext.correlationId());
        }
        assertNull(MDC.get(LogContext.REQUEST_ID));
    }

    @Test
    void withNeitherANewIdIsMade() {
        try (LogContext.Scope ignored = LogContext.request(" ")) {
            assertNotNull(UUID.fromString(LogContext.correlationId()));
        }
    }

    @Test
    void closingAnInnerScopeRestoresTheOuterValue() {
        try (LogContext.Scope outer = LogContext.article("a1")) {
            try (LogContext.Scope inner = LogContext.article("a2")) {
                assertEquals("a2", MDC.get(LogContext.ARTICLE_ID));
            }
            assertEquals("a1", MDC.get(LogContext.ARTICLE_ID));
        }
        assertNull(MDC.get(LogContext.ARTICLE_ID));
    }
}
