package io.parley.eval;

import java.util.List;

/** What went right and wrong in one article: each scored prediction with its rule, and each miss. */
public record ArticleDiagnosis(String id, List<RuleHit> hits, List<Miss> misses) {

    public ArticleDiagnosis {
        hits = List.copyOf(hits);
        misses = List.copyOf(misses);
    }
}
