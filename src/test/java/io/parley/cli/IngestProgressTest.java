package io.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IngestProgressTest {

    @Test
    void aLineShowsCountShareRateAndTimeLeftAtThatRate() {
        assertEquals("[120/1000] 12% 40.0 files/s ETA 0:22", new IngestProgress(120, 1000, 3.0).line());
    }

    @Test
    void theTimeLeftIsUnknownBeforeTheFirstFile() {
        assertEquals("[0/50] 0% 0.0 files/s ETA ?", new IngestProgress(0, 50, 0.4).line());
    }

    @Test
    void durationsRoundUpToWholeSecondsAndShowHoursOnlyWhenThereAreAny() {
        assertEquals("0:00", IngestProgress.duration(0));
        assertEquals("0:05", IngestProgress.duration(4.2));
        assertEquals("2:06", IngestProgress.duration(125.2));
        assertEquals("1:02:05", IngestProgress.duration(3725));
    }

    @Test
    void theSummarySaysHowManyFilesInHowLongOnHowManyThreads() {
        assertEquals("ingested 1000 file(s) in 1:03 (16.0 files/s, 2 extraction threads)",
                new IngestProgress(1000, 1000, 62.5).summary(2));
        assertEquals("ingested 3 file(s) in 0:01 (3.0 files/s, 1 extraction thread)", new IngestProgress(3, 3, 1).summary(1));
    }
}
