package io.parley.extract;

import io.parley.eval.Evaluation;
import io.parley.model.Extraction;
import io.parley.model.Meeting;
import io.parley.model.Statement;
import java.nio.file.Path;

/** A development entry point, not a test: prints the extraction of articles in a folder, one line a fact. */
public final class ShowExtraction {

    private ShowExtraction() {
    }

    public static void main(String[] args) {
        Extractor x = Extractor.create();
        for (int i = 1; i < args.length; i++) {
            Extraction e = x.extract(Evaluation.readArticle(Path.of(args[0]), args[i]));
            System.out.println("== " + args[i]);
            for (Meeting m : e.meetings()) {
                System.out.println("  MEET " + m.participants().stream().map(a -> a.name() + "/" + a.title() + "/"
                        + a.country()).toList() + " " + m.kind() + " " + m.status() + " loc=" + m.location() + " date="
                        + m.date() + " (" + m.dateText() + ") topics=" + m.topics());
            }
            for (Statement s : e.statements()) {
                System.out.println("  SAY  " + s.speaker().name() + " [" + s.kind() + " " + s.cue() + "] q=" + s.quote()
                        + " | " + s.evidence().text());
            }
            System.out.println("  SUM  " + e.summary());
        }
    }
}
