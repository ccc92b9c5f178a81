package io.parley.actors;

import io.parley.model.Actor;
import io.parley.model.Extraction;
import io.parley.model.Meeting;
import io.parley.model.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actors of one extraction as the resolver should see them: each with only the country its own evidence
 * supports ({@link CountryEvidence}), and the article's context for telling namesakes apart.
 */
public final class ArticleActors {

    private final Map<Actor, List<String>> sentences = new HashMap<>();
    private final Map<Actor, Set<String>> others = new HashMap<>();
    private final Map<Actor, Set<String>> partyCountries = new HashMap<>();
    private final MentionContext context;
    private final CountryEvidence evidence;

    private ArticleActors(Extraction extraction, CountryEvidence evidence) {
        this.evidence = evidence;
        extraction.meetings().forEach(this::addMeeting);
        extraction.statements().forEach(this::addStatement);
        this.context = contextOf(extraction);
    }

    public static ArticleActors of(Extraction extraction, CountryEvidence evidence) {
        return new ArticleActors(extraction, evidence);
    }

    /** The mention as the resolver should take it: its country dropped when it came from another party. */
    public Actor evidenced(Actor mention) {
        if (mention.country() == null || !partyCountries.getOrDefault(mention, Set.of()).contains(NameForm.key(mention.country()))) {
            return mention;
        }
        boolean supported = evidence.supports(mention, sentences.getOrDefault(mention, List.of()),
                others.getOrDefault(mention, Set.of()));
        return supported ? mention : new Actor(mention.name(), mention.title(), null);
    }

    /** The article's countries and full names, which favour one namesake over another. */
    public MentionContext context() {
        return context;
    }

    private void addMeeting(Meeting meeting) {
        for (Actor a : meeting.participants()) {
            sentence(a, meeting.evidence() == null ? null : meeting.evidence().text());
            for (Actor b : meeting.participants()) {
                if (!b.equals(a)) {
                    others.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b.name());
                    if (b.country() != null) {
                        partyCountries.computeIfAbsent(a, k -> new HashSet<>()).add(NameForm.key(b.country()));
                    }
                }
            }
        }
    }

    private void addStatement(Statement statement) {
        sentence(statement.speaker(), statement.evidence() == null ? null : statement.evidence().text());
    }

    private void sentence(Actor actor, String text) {
        if (actor != null && text != null) {
            sentences.computeIfAbsent(actor, k -> new ArrayList<>()).add(text);
        }
    }

    private static MentionContext contextOf(Extraction extraction) {
        Set<String> countries = new HashSet<>();
        Set<String> names = new HashSet<>();
        List<Actor> all = new ArrayList<>();
        extraction.meetings().forEach(m -> all.addAll(m.participants()));
        extraction.statements().forEach(s -> all.add(s.speaker()));
        for (Actor a : all) {
            if (a == null || a.name() == null) {
                continue;
            }
            if (a.country() != null) {
                countries.add(a.country());
            }
            if (NameForm.nameWords(a.name()).size() > 1) {
                names.add(NameForm.key(a.name()));
            }
        }
        return new MentionContext(countries, names, extraction.article() == null ? null : extraction.article().published());
    }
}
