package io.parley.cli;

import io.parley.local.ProjectHome;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where {@code demo} looks for the project's starting article: {@value #BESIDE_CHECKOUT}, relative to the
 * Parley checkout (the directory {@code ./parley} runs from), read there and never copied into the project.
 */
final class StartingArticle {

    static final String BESIDE_CHECKOUT = "../shared/corpus/articles/seed.txt";

    private StartingArticle() {
    }

    /** The place beside the checkout, whether or not the file is there; empty when there is no checkout. */
    static Optional<Path> besideCheckout() {
        try {
            return Optional.of(ProjectHome.locate().resolve(BESIDE_CHECKOUT).normalize());
        } catch (IllegalStateException noCheckout) {
            return Optional.empty();
        }
    }
}
