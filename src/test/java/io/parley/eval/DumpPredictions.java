package io.parley.eval;

import io.parley.extract.Extractor;
import java.nio.file.Path;

/**
 * A development entry point, not a test: writes predictions for a corpus so that the reference
 * {@code score.py} can score them, and prints the Java scorer's report to compare.
 * Usage: {@code DumpPredictions GOLD_DIR ARTICLES_DIR OUT_DIR}.
 */
public final class DumpPredictions {

    private DumpPredictions() {
    }

    public static void main(String[] args) throws Exception {
        Extractor extractor = Extractor.create();
        Evaluation.dump(Path.of(args[1]), Path.of(args[0]), Path.of(args[2]), extractor);
        System.out.print(Evaluation.run(Path.of(args[0]), Path.of(args[1]), extractor).format());
    }
}
