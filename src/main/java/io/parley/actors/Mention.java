package io.parley.actors;

import io.parley.model.Actor;
import java.util.Comparator;

/**
 * One actor of one stored article, as a revision of the directory sees it.
 *
 * @param articleId the article
 * @param filed     the actor as its facts hold it (the extraction's)
 * @param evidenced the actor as the resolver takes it ({@link ArticleActors#evidenced})
 * @param context   the article's context ({@link ArticleActors#context})
 * @param id        the profile its facts are filed under now
 */
public record Mention(String articleId, Actor filed, Actor evidenced, MentionContext context, String id) {

    /**
     * The order a revision reads mentions in, which depends on nothing but the mentions: publication date
     * (undated first), article id, then the actor's name, title and country.
     */
    static final Comparator<Mention> CANONICAL = Comparator
            .comparing((Mention m) -> m.context().published(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Mention::articleId)
            .thenComparing(m -> text(m.filed().name()))
            .thenComparing(m -> text(m.filed().title()))
            .thenComparing(m -> text(m.filed().country()));

    /** Whether the name is more than a bare surname. */
    boolean fullName() {
        return NameForm.nameWords(evidenced.name()).size() >= 2;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
