package io.parley.api;

import io.parley.model.ArticleInfo;
import io.parley.model.Extraction;
import io.parley.service.IngestOutcome;
import io.parley.service.IngestService;
import io.parley.service.Upload;
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

    ArticlesApi(ParleyStore store, IngestService ingest) {
        this.store = store;
        this.ingest = ingest;
    }

    /** The article's record as the API shows it. */
    record ArticleView(ArticleInfo article, String status, String reason, String extractorVersion, String source,
                       String ingestedAt, String text, Extraction extraction) {
    }

    ApiResponse get(ApiRequest request, List<String> params) {
        Params.of(request, Set.of());
        String id = Params.id("id", params.get(0));
        StoredArticle stored = store.find(id).orElseThrow(() -> ApiException.notFound("no article with id " + id));
        Extraction extraction = store.extraction(id).orElse(null);
        return ApiResponse.ok(new ArticleView(stored.article().info(), stored.status().name(), stored.reason(),
                stored.extractorVersion(), stored.source(),
                stored.ingestedAt() == null ? null : stored.ingestedAt().toString(), stored.article().text(), extraction));
    }

    ApiResponse post(ApiRequest request, List<String> params) {
        Params.of(request, Set.of());
        IngestOutcome outcome = ingest.ingest(Upload.of("api", body(request.body())));
        if (!(outcome instanceof IngestOutcome.Stored stored)) {
            throw ApiException.badRequest(((IngestOutcome.Rejected) outcome).reason());
        }
        int status = stored.kind() == IngestOutcome.Kind.NEW ? 202 : 200;
        return ApiResponse.of(status, Map.of("articleId", stored.articleId(), "outcome", stored.kind(),
                "status", "/articles/" + stored.articleId()));
    }

    /** The body's bytes once it is known to be a JSON object of at most {@link #MAX_BODY_BYTES}. */
    private static byte[] body(String body) {
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
        return bytes;
    }
}
