package io.parley.cli;

import java.util.Locale;

/**
 * The progress of a bulk ingest as text: how many files of how many are done, the rate so far and the time
 * left at that rate. Pure: the caller passes the elapsed time.
 */
record IngestProgress(int done, int total, double elapsedSeconds) {

    /** Files per second so far (0 before the first file or the first millisecond). */
    double rate() {
        return done == 0 || elapsedSeconds <= 0 ? 0 : done / elapsedSeconds;
    }

    /** "[120/1000] 12% 35.2 files/s ETA 0:25" (ETA "?" until the rate is known). */
    String line() {
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        String eta = rate() == 0 ? "?" : duration((total - done) / rate());
        return String.format(Locale.ROOT, "[%d/%d] %d%% %.1f files/s ETA %s", done, total, percent, rate(), eta);
    }

    /** "ingested 1000 file(s) in 1:02 (16.1 files/s, 2 extraction threads)". */
    String summary(int threads) {
        return String.format(Locale.ROOT, "ingested %d file(s) in %s (%.1f files/s, %d extraction thread%s)", done,
                duration(elapsedSeconds), rate(), threads, threads == 1 ? "" : "s");
    }

    /** Seconds rounded up as "m:ss" or "h:mm:ss": 5 → "0:05", 125.2 → "2:06", 3725 → "1:02:05". */
    static String duration(double seconds) {
        long s = (long) Math.ceil(Math.max(0, seconds));
        long h = s / 3600;
        long m = s / 60 % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", m, s % 60);
    }
}
