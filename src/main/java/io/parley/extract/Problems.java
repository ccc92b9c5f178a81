package io.parley.extract;

import io.parley.model.Extraction;
import io.parley.model.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems met while extracting one article, kept in a bounded list (at most {@code max}, the rest are
 * dropped) the way jsoup keeps parse errors. Each names the stage and the rule class where it happened.
 */
final class Problems {

    private final int max;
    private final List<Problem> problems = new ArrayList<>();

    private Problems(int max) {
        this.max = max;
    }

    /** A list that keeps up to {@link Extraction#MAX_PROBLEMS}. */
    static Problems tracking() {
        return new Problems(Extraction.MAX_PROBLEMS);
    }

    /** Records that {@code stage} failed with {@code error}, if there is room. */
    void add(String stage, Throwable error) {
        if (problems.size() < max) {
            problems.add(new Problem(stage, describe(error)));
        }
    }

    List<Problem> list() {
        return List.copyOf(problems);
    }

    /** "NullPointerException: msg (at SpeakerSieves.attribute)": the error and the first rule frame it passed. */
    static String describe(Throwable error) {
        String message = error.getMessage();
        String text = error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        for (StackTraceElement frame : error.getStackTrace()) {
            if (frame.getClassName().startsWith(Problems.class.getPackageName() + ".")) {
                String cls = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
                return text + " (at " + cls + "." + frame.getMethodName() + ")";
            }
        }
        return text;
    }
}
