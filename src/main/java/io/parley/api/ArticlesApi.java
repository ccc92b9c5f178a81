package io.parley.api;

import io.parley.ingest.ArticleReader;
import io.parley.ingest.InvalidArticleException;
import io.parley.model.Article;
import io.parley.model.ArticleInfo;
import io.parley.model.Extraction;
import io.parley.service.IngestResult;
import io.parley.service.IngestService;
import io.parley.store.ParleyStore;
import io.parley.store.StoredArticle;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code GET /articles/{id}} (the article, its status and extraction) and {@code POST /articles} (ingest). */
final class ArticlesApi {

    /** The largest request body accepted by {@code POST /articles}. */
    static final int MAX_BODY_BYTES = 1_000_000;

    private final ParleyStore store;
    private final IngestService ingest;
    private final ArticleReader reader = new ArticleReader(MAX_BODY_BYTES);

    ArticlesApi(ParleyStore store, IngestService ingest) {
        this.store = store;
        this.ingest = ingest;
    }

    /** The article's record as the API shows it. */
    record ArticleView(ArticleInfo article, String status, String reason, String extractorVersion, String source,
                       String ingestedAt, Extraction extraction) {
    }

    ApiResponse get(ApiRequest request, List<String> params) {
        Params.of(request, Set.of());
        String id = params.get(0);
        StoredArticle stored = store.find(id).orElseThrow(() -> ApiException.notFound("no article with id " + id));
        Extraction extraction = store.extraction(id).orElse(null);
        return ApiResponse.ok(new ArticleView(stored.article().info(), stored.status().name(), stored.reason(),
                stored.extractorVersion(), stored.source(),
                stored.ingestedAt() == null ? null : stored.ingestedAt().toString(), extraction));
    }

    ApiResponse post(ApiRequest request, List<String> params) {
        Params.of(request, Set.of());
        Article article = parse(request.body());
        IngestResult result = ingest.ingest(article, "api");
        int status = result.outcome() == IngestResult.Outcome.NEW ? 202 : 200;
        return ApiResponse.of(status, Map.of("articleId", result.articleId(), "outcome", result.outcome().name(),
                "status", "/articles/" + result.articleId()));
    }

    private Article parse(String body) {
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest("the body must be a JSON article {\"title\",\"body\",\"published\",\"url\",\"outlet\"}");
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new ApiException(413, "too_large", "the body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        if (!body.stripLeading().startsWith("{")) {
            throw ApiException.badRequest("the body must be a JSON object with at least \"title\" and \"body\"");
        }
        try {
            return reader.read(bytes);
        } catch (InvalidArticleException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }
}
