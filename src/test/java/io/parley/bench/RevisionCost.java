package io.parley.bench;

import io.parley.app.Parley;
import io.parley.app.Ports;
import io.parley.app.Settings;
import io.parley.model.Article;
import io.parley.model.ArticleInfo;
import io.parley.ops.Metrics;
import io.parley.store.ActorsRevised;
import io.parley.store.DynamoParleyStore;
import io.parley.testing.Dynalite;
import io.parley.testing.Facts;
import io.parley.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What revising actors costs in DynamoDB request units: articles go into an empty dynalite table through the
 * real services with the "revise actors" jobs held back, then the meter ({@link CapacityMeter}) is reset and the
 * jobs are run. Case {@code short}: the split and join articles of {@code actors/revised/} (one meeting each);
 * case {@code long} (when the corpus is there): the bare "Foreign Minister Lavrov" paragraph added to the corpus
 * article closest to 800 words, so the article filed again carries some 17 statements and their postings.
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/bench.classpath) io.parley.bench.RevisionCost
 * </pre>
 * Lines: {@code REVISIONCOST case=… jobs=… moved=… refiled=… requests=… items_put=… wru=… rru=…} and one
 * {@code REVISIONCALL} line per kind of call.
 */
public final class RevisionCost {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-07-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String DIR = "/actors/revised/";

    private RevisionCost() {
    }

    public static void main(String[] args) {
        measure("short", List.of(resource("lavrov-in-ankara.txt", 2), resource("alexander-lavrov-in-tashkent.txt", 5),
                resource("sergei-lavrov-in-moscow.txt", 9), resource("samuel-okafor-in-berlin.txt", 32),
                resource("grace-okafor-in-accra.txt", 34), resource("okafor-calls-brandt.txt", 41)));
        if (!BenchCorpus.all().isEmpty()) {
            Article base = BenchCorpus.closestToEightHundred();
            String bare = new String(Fixtures.bytes(DIR + "lavrov-in-ankara.txt"), StandardCharsets.UTF_8);
            String text = base.text() + "\n\n" + bare.substring(bare.indexOf('\n') + 1).strip() + "\n";
            Article joined = new Article(new ArticleInfo("long-with-lavrov", base.info().title(), LocalDate.of(2026, 3, 2),
                    base.info().url(), base.info().outlet()), text);
            measure("long", List.of(joined, resource("alexander-lavrov-in-tashkent.txt", 5), resource("sergei-lavrov-in-moscow.txt", 9)));
        }
    }

    private static Article resource(String name, int dayOfYear) {
        String text = new String(Fixtures.bytes(DIR + name), StandardCharsets.UTF_8);
        return Facts.article(name.replace(".txt", ""), LocalDate.ofYearDay(2026, 60 + dayOfYear), text);
    }

    private static void measure(String name, List<Article> articles) {
        try (Dynalite dynalite = Dynalite.start()) {
            CapacityMeter meter = new CapacityMeter(dynalite.client());
            DynamoParleyStore store = new DynamoParleyStore(meter, dynalite.table());
            Deque<String> queue = new ArrayDeque<>();
            Set<String> jobs = new LinkedHashSet<>();
            Parley parley = Parley.wire(new Ports(store, new io.parley.store.InMemoryStore().feeds(), queue::add, Metrics.NONE, jobs::add),
                    TODAY, Settings.defaults());
            for (Article article : articles) {
                parley.ingest().ingest(article, "bench");
                while (!queue.isEmpty()) {
                    parley.extract().extract(queue.poll());
                }
            }
            meter.reset();
            List<ActorsRevised> done = new ArrayList<>();
            jobs.forEach(group -> done.add(parley.actorRevision().revise(group)));
            CapacityMeter.Tally t = meter.total();
            System.out.printf("REVISIONCOST case=%s jobs=%d moved=%d refiled=%d requests=%d items_put=%d wru=%.1f rru=%.1f%n",
                    name, done.size(), done.stream().mapToInt(ActorsRevised::moved).sum(),
                    done.stream().mapToInt(ActorsRevised::refiled).sum(), t.requests, t.itemsWritten, t.writeUnits(), t.readUnits);
            for (Map.Entry<String, CapacityMeter.Tally> e : meter.byCall().entrySet()) {
                System.out.printf("REVISIONCALL case=%s call=%s requests=%d items_put=%d wru=%.1f rru=%.1f%n", name, e.getKey(),
                        e.getValue().requests, e.getValue().itemsWritten, e.getValue().writeUnits(), e.getValue().readUnits);
            }
            done.forEach(d -> System.out.println("REVISIONJOB case=" + name + " " + d));
        }
    }
}
