package io.parley.service;

import io.parley.model.Problem;

/** Thrown when a stage of the extractor failed on an article, so the article is marked FAILED and retried. */
public class RuleFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RuleFailedException(Problem problem) {
        super("the " + problem.stage() + " stage failed: " + problem.message());
    }
}
