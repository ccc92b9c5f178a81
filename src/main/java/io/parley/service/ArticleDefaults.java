package io.parley.service;

import io.parley.model.Article;
import io.parley.model.ArticleInfo;
import java.time.LocalDate;

/**
 * Metadata that arrives beside an article (S3 object metadata, API fields, a feed entry) and fills what
 * the article itself does not state; the article's own values win.
 */
public record ArticleDefaults(LocalDate published, String url, String outlet) {

    public static final ArticleDefaults NONE = new ArticleDefaults(null, null, null);

    /** The article with each missing field taken from these defaults. */
    public Article applyTo(Article article) {
        ArticleInfo info = article.info();
        return new Article(new ArticleInfo(info.id(), info.title(),
                info.published() != null ? info.published() : published,
                info.url() != null ? info.url() : url,
                info.outlet() != null ? info.outlet() : outlet), article.text());
    }
}
