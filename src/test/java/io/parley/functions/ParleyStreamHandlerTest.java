package io.parley.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.amazonaws.services.lambda.runtime.Context;
import io.parley.ops.LogContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;

class ParleyStreamHandlerTest {

    @Test
    void theLambdaRequestIdIsInTheLogContextDuringTheRequestOnly() throws Exception {
        List<Object> seen = new ArrayList<>();
        ParleyStreamHandler handler = new ParleyStreamHandler((in, out, context) -> seen.add(MDC.get(LogContext.REQUEST_ID)));

        handler.handleRequest(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), context("8f5c-req"));

        assertEquals(List.of("8f5c-req"), seen);
        assertNull(MDC.get(LogContext.REQUEST_ID));
    }

    @Test
    void aFailingRequestStillClearsTheRequestId() {
        ParleyStreamHandler handler = new ParleyStreamHandler((in, out, context) -> {
            throw new IllegalStateException("boom");
        });

        try {
            handler.handleRequest(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), context("r-2"));
        } catch (Exception expected) {
            assertEquals("boom", expected.getMessage());
        }
        assertNull(MDC.get(LogContext.REQUEST_ID));
    }

    private static Context context(String requestId) {
        return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
                (proxy, method, args) -> method.getName().equals("getAwsRequestId") ? requestId : null);
    }
}
