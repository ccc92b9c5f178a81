package io.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's measurement: the share of actor mentions across the shared corpus ({@code ../shared/corpus/articles}
 * beside the checkout, or {@code -Dparley.corpus=DIR}; skipped when absent) that land on the right profile, against
 * {@code actors/corpus-profiles.tsv}, with the articles ingested by id and in shuffled orders. Prints the numbers
 * the README reports.
 */
class ActorAccuracyCorpusTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
    private static final long[] SEEDS = {7, 13};

    @Test
    void mentionsLandOnTheirPersonsProfileInAnyArrivalOrder() {
        Path dir = Path.of(System.getProperty("parley.corpus", "../shared/corpus")).resolve("articles");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no shared corpus at " + dir);
        ActorAccuracy gold = ActorAccuracy.gold(Path.of("src/test/resources/actors/corpus-profiles.tsv"));
        List<Article> articles = CorpusMentions.read(dir);

        List<ActorAccuracy.Mention> byId = CorpusMentions.ingest(articles, CLOCK);
        ActorAccuracy.Score fixed = report(gold, "by id", articles.size(), byId);
        assertEquals(Set.of(), missing(gold, byId), "gold spellings no stored mention has");
        assertTrue(fixed.share() >= 0.9, fixed.toString());
        assertEquals(0, fixed.merges(), gold.breakdown(byId));
        for (long seed : SEEDS) {
            List<Article> shuffled = new ArrayList<>(articles);
            Collections.shuffle(shuffled, new Random(seed));
            ActorAccuracy.Score score = report(gold, "shuffled, seed " + seed, articles.size(),
                    CorpusMentions.ingest(shuffled, CLOCK));
            assertEquals(fixed.mentions(), score.mentions(), "the same mentions whatever the order");
            assertTrue(score.share() >= 0.9, score.toString());
        }
    }

    private static ActorAccuracy.Score report(ActorAccuracy gold, String order, int articles,
                                              List<ActorAccuracy.Mention> mentions) {
        ActorAccuracy.Score score = gold.score(mentions);
        System.out.printf("actor accuracy (%d articles, %s): %s%n", articles, order, score);
        return score;
    }

    private static Set<String> missing(ActorAccuracy gold, List<ActorAccuracy.Mention> mentions) {
        Set<String> seen = mentions.stream().map(m -> NameForm.key(m.name())).collect(Collectors.toSet());
        return gold.names().stream().filter(n -> !seen.contains(n)).collect(Collectors.toSet());
    }
}
