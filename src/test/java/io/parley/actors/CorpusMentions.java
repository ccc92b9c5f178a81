package io.parley.actors;

import io.parley.app.Parley;
import io.parley.app.Ports;
import io.parley.app.Settings;
import io.parley.eval.Evaluation;
import io.parley.model.Actor;
import io.parley.model.Article;
import io.parley.model.MeetingEntry;
import io.parley.model.StatementEntry;
import io.parley.store.InMemoryStore;
import io.parley.store.MeetingFilter;
import io.parley.store.Page;
import io.parley.store.PageRequest;
import io.parley.store.StatementFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The actor mentions Parley stores for a set of articles: each article ingested and extracted in the given order
 * over an in-memory store, as the deployed queue would, then every participant and speaker with its profile id.
 */
final class CorpusMentions {

    private CorpusMentions() {
    }

    /** The articles of a corpus folder ({@code <id>.txt} with {@code <id>.meta.json}), by id; empty when absent. */
    static List<Article> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted()
                    .map(id -> Evaluation.readArticle(dir, id)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every mention stored after ingesting the articles in this order. */
    static List<ActorAccuracy.Mention> ingest(List<Article> articles, Clock clock) {
        InMemoryStore store = new InMemoryStore();
        Deque<String> queue = new ArrayDeque<>();
        Parley parley = Parley.wire(new Ports(store, store.feeds(), queue::add), clock, Settings.defaults());
        for (Article article : articles) {
            parley.ingest().ingest(article, "corpus:" + article.info().id());
            while (!queue.isEmpty()) {
                parley.extract().extract(queue.poll());
            }
        }
        List<ActorAccuracy.Mention> out = new ArrayList<>();
        for (MeetingEntry m : all(t -> store.meetings(MeetingFilter.any(), page(t)))) {
            List<Actor> who = m.meeting().participants();
            for (int i = 0; i < who.size() && i < m.participantIds().size(); i++) {
                out.add(new ActorAccuracy.Mention(m.articleId(), who.get(i).name(), m.participantIds().get(i)));
            }
        }
        for (StatementEntry s : all(t -> store.statements(StatementFilter.any(), page(t)))) {
            if (s.statement().speaker() != null && s.speakerId() != null) {
                out.add(new ActorAccuracy.Mention(s.articleId(), s.statement().speaker().name(), s.speakerId()));
            }
        }
        return out;
    }

    private static PageRequest page(String token) {
        return new PageRequest(PageRequest.MAX_LIMIT, token);
    }

    private static <T> List<T> all(Function<String, Page<T>> pages) {
        List<T> out = new ArrayList<>();
        String token = null;
        do {
            Page<T> page = pages.apply(token);
            out.addAll(page.items());
            token = page.next();
        } while (token != null);
        return out;
    }
}
