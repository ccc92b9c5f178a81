package io.parley.cli;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Argument checks only: a whole run is covered by ScraperIT, the local environment by LocalServersIT. */
class ScrapeCommandTest {

    @Test
    void refusesPositionalArgumentsAndUnknownOptions() {
        ScrapeCommand scrape = new ScrapeCommand(new MemoryStorage());
        assertThrows(UsageException.class, () -> scrape.run(List.of("https://envoy.example/f.rss"), Terminal.system()));
        assertThrows(UsageException.class, () -> scrape.run(List.of("--feeds", "x"), Terminal.system()));
        assertThrows(UsageException.class, () -> scrape.run(List.of("--allow-host"), Terminal.system()));
    }
}
