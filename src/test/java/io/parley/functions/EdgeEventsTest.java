package io.parley.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.app.Parley;
import io.parley.app.Ports;
import io.parley.app.Settings;
import io.parley.aws.ExtractMessage;
import io.parley.store.InMemoryStore;
import io.parley.store.ParleyStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Issue 15, item 4: hostile events are refused by the adapters, not crashed on (and so not retried). */
class EdgeEventsTest {

    @Test
    void anExtractMessageWithAnIdTooLongForAKeyIsRejectedWithoutTouchingTheStore() {
        AtomicInteger calls = new AtomicInteger();
        ExtractFunction function = new ExtractFunction();
        function.extract = Parley.wire(new Ports(keyLimitedStore(calls), new InMemoryStore().feeds(), id -> { }),
                Clock.systemUTC(), Settings.defaults()).extract();
        function.extract(new ExtractMessage("f".repeat(3_000), "c-1"));
        function.extract(new ExtractMessage("bad\u0000id", "c-2"));
        assertEquals(0, calls.get());
    }

    @Test
    void aBodyMarkedBase64ThatIsNotIsA400() {
        QueryFunction function = new QueryFunction();
        function.router = Parley.wire(new Ports(new InMemoryStore(), new InMemoryStore().feeds(), id -> { }),
                Clock.systemUTC(), Settings.defaults()).api();
        HttpApiEvent event = new HttpApiEvent("/articles", null, "%%% not base64 %%%", true,
                new HttpApiEvent.RequestContext(new HttpApiEvent.Http("POST", "/articles")));
        HttpApiResponse response = function.query(event);
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("not valid base64"), response.body());
    }

    /** A store that, as DynamoDB does, fails on a key part over 1,024 bytes; counts the calls that reach it. */
    private static ParleyStore keyLimitedStore(AtomicInteger calls) {
        InMemoryStore memory = new InMemoryStore();
        return (ParleyStore) Proxy.newProxyInstance(ParleyStore.class.getClassLoader(), new Class<?>[] {ParleyStore.class},
                (proxy, method, args) -> {
                    calls.incrementAndGet();
                    if (args != null && args[0] instanceof String id && id.length() > 1_024) {
                        throw new IllegalStateException("ValidationException: key too long");
                    }
                    try {
                        return method.invoke(memory, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
