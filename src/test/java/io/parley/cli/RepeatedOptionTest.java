package io.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedOptionTest {

    @Test
    void takesEveryValueAndLeavesTheRest() throws UsageException {
        RepeatedOption hosts = RepeatedOption.take(
                List.of("--allow-host", "127.0.0.1", "--feed", "http://a/f.rss", "--allow-host=localhost"), "allow-host");
        assertEquals(List.of("127.0.0.1", "localhost"), hosts.values());
        assertEquals(List.of("--feed", "http://a/f.rss"), hosts.remaining());
    }

    @Test
    void refusesAMissingValue() {
        assertThrows(UsageException.class, () -> RepeatedOption.take(List.of("--feed"), "feed"));
    }
}
