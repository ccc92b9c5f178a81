package io.parley.model;

import java.util.List;

/**
 * Everything Parley extracted from one article, and the problems met on the way (empty when every stage
 * ran; at most {@link #MAX_PROBLEMS} are kept, the way a parser keeps a bounded error list).
 */
public record Extraction(ArticleInfo article, List<Meeting> meetings, List<Statement> statements,
                         String summary, List<Problem> problems) {

    /** The most problems one extraction keeps. */
    public static final int MAX_PROBLEMS = 10;

    public Extraction {
        meetings = List.copyOf(meetings);
        statements = List.copyOf(statements);
        problems = problems == null ? List.of() : List.copyOf(problems.subList(0, Math.min(MAX_PROBLEMS, problems.size())));
    }

    /** An extraction without problems. */
    public Extraction(ArticleInfo article, List<Meeting> meetings, List<Statement> statements, String summary) {
        this(article, meetings, statements, summary, List.of());
    }

    /** Whether a stage failed, so the facts are incomplete. */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
