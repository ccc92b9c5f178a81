package io.parley.model;

import java.util.List;

/** Everything Parley extracted from one article. */
public record Extraction(ArticleInfo article, List<Meeting> meetings, List<Statement> statements,
                         String summary) {

    public Extraction {
        meetings = List.copyOf(meetings);
        statements = List.copyOf(statements);
    }
}
