package io.parley.extract;

import io.parley.extract.Explanation.EntityTrace;
import io.parley.extract.Explanation.MentionTrace;
import io.parley.extract.Explanation.SentenceTrace;
import io.parley.model.Extraction;
import io.parley.model.Meeting;
import io.parley.model.Span;
import io.parley.model.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Explainer turns the results an extraction's stages left behind (by stage name: "actors" gives the {@link Doc},
 * "coreference" the entities, "cues" the attributions) into an {@link Explanation}. It only reads them; a stage
 * that left nothing gives empty lists.
 */
final class Explainer {

    private final CueFinder cues;
    private final PhraseIndex triggers;
    private final SaidAtMeeting saidAt;

    Explainer(CueFinder cues, Lexicons lex, SaidAtMeeting saidAt) {
        this.cues = cues;
        this.saidAt = saidAt;
        this.triggers = new PhraseIndex(lex.meetingTriggers().keySet(), true);
    }

    Explanation explain(Extraction extraction, Map<String, Object> stages) {
        if (!(stages.get("actors") instanceof Doc doc)) {
            return new Explanation(extraction, List.of(), List.of());
        }
        Coreference.Result coref = stages.get("coreference") instanceof Coreference.Result r ? r
                : new Coreference.Result(List.of(), Map.of());
        List<?> attributions = stages.get("cues") instanceof List<?> l ? l : List.of();
        List<SentenceTrace> sentences = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<?> here = s.index() < attributions.size() && attributions.get(s.index()) instanceof List<?> a ? a
                    : List.of();
            sentences.add(sentence(doc, coref, s, here, extraction));
        }
        return new Explanation(extraction, entities(coref), sentences);
    }

    private static List<EntityTrace> entities(Coreference.Result coref) {
        List<EntityTrace> out = new ArrayList<>();
        for (Entity e : coref.entities()) {
            out.add(new EntityTrace(e.id(), e.kind().name(), e.name(), e.title(), e.country()));
        }
        return out;
    }

    private SentenceTrace sentence(Doc doc, Coreference.Result coref, Sentence s, List<?> attributions,
                                   Extraction x) {
        List<Mention> mentions = doc.mentions(s.index());
        List<Cue> found = cues.find(doc, s.index(), quotesIn(doc, s));
        List<String> facts = facts(x, s);
        List<String> notes = new ArrayList<>();
        cueNotes(doc, found, attributions, x, s, notes);
        triggerNotes(doc, coref, s, x, notes);
        saidAtNotes(doc, s, x, notes);
        return new SentenceTrace(s.index(), s.start(), s.end(), doc.sentenceText(s.index()),
                mentions.stream().map(m -> mention(doc, coref, m)).toList(),
                found.stream().map(c -> "'" + c.text() + "'" + (c.after() ? " (speaker may follow)" : "")).toList(),
                quotesIn(doc, s).stream().map(q -> "\"" + doc.text().substring(q.start(), q.end()) + "\""
                        + (q.closed() ? "" : " (not closed)") + (q.continued() ? " (continued)" : "")).toList(),
                facts, notes);
    }

    private static MentionTrace mention(Doc doc, Coreference.Result coref, Mention m) {
        Integer entity = coref.entityOf().get(m);
        return new MentionTrace(doc.text().substring(m.start(), m.end()), m.kind().name(), m.name(), m.title(),
                m.country(), entity == null ? -1 : entity);
    }

    private static List<Quote> quotesIn(Doc doc, Sentence s) {
        return doc.quotes().stream().filter(q -> s.overlaps(q.start(), q.end())).toList();
    }

    private static List<String> facts(Extraction x, Sentence s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < x.meetings().size(); i++) {
            Meeting m = x.meetings().get(i);
            if (on(m.evidence(), s)) {
                out.add("meeting #" + i + " [" + m.rule() + "] " + m.kind() + " " + m.status() + " "
                        + m.participants().stream().map(a -> a.name()).toList()
                        + (m.location() == null ? "" : " in " + m.location())
                        + (m.date() == null ? "" : " on " + m.date()));
            }
        }
        for (Statement st : x.statements()) {
            if (on(st.evidence(), s)) {
                out.add("statement [" + st.rule() + "] " + st.speaker().name() + " (" + st.kind() + ", cue '"
                        + st.cue() + "')" + (st.quote() == null ? "" : " quote \"" + st.quote() + "\"")
                        + (st.meeting() == null ? "" : " said at meeting #" + st.meeting().index() + " ("
                                + st.meeting().phrase() + ", " + st.meeting().rule() + ")"));
            }
        }
        return out;
    }

    /** Why a statement of the sentence that a phrase ("after the talks") places at a meeting was linked to none. */
    private void saidAtNotes(Doc doc, Sentence s, Extraction x, List<String> notes) {
        for (Statement st : x.statements()) {
            if (on(st.evidence(), s)) {
                saidAt.whyUnplaced(doc, x.meetings(), st).ifPresent(why -> notes.add("statement of "
                        + st.speaker().name() + " at no meeting: " + why));
            }
        }
    }

    private static boolean on(Span evidence, Sentence s) {
        return evidence != null && s.contains(evidence.start());
    }

    private static void cueNotes(Doc doc, List<Cue> found, List<?> attributions, Extraction x, Sentence s,
                                 List<String> notes) {
        boolean stated = x.statements().stream().anyMatch(st -> on(st.evidence(), s));
        for (Cue c : found) {
            Attribution a = attributionOf(c, attributions);
            if (a == null) {
                notes.add("cue '" + c.text() + "' but no speaker");
            } else if (!stated) {
                notes.add("cue '" + c.text() + "' attributed by " + a.rule() + " to entity #" + a.entity()
                        + ", but no statement was built");
            }
        }
    }

    private static Attribution attributionOf(Cue c, List<?> attributions) {
        for (Object o : attributions) {
            if (o instanceof Attribution a && a.cue() != null && a.cue().start() == c.start()) {
                return a;
            }
        }
        return null;
    }

    private void triggerNotes(Doc doc, Coreference.Result coref, Sentence s, Extraction x, List<String> notes) {
        if (x.meetings().stream().anyMatch(m -> on(m.evidence(), s))) {
            return;
        }
        List<Token> toks = doc.tokens(s.index());
        for (int i = 0; i < toks.size(); i++) {
            int len = triggers.match(toks, i);
            if (len > 0) {
                Set<String> parties = parties(doc, coref, s);
                notes.add("trigger '" + triggers.phrase(toks, i, len) + "' with " + parties.size()
                        + (parties.size() == 1 ? " party " : " parties ") + parties + " and no meeting");
                i += len - 1;
            }
        }
    }

    /** The distinct actors a sentence names or points to, by resolved name. */
    private static Set<String> parties(Doc doc, Coreference.Result coref, Sentence s) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : doc.mentions(s.index())) {
            Entity e = coref.of(m);
            String name = e != null ? e.name() : m.name();
            if (name != null && !name.isBlank()) {
                out.add(name);
            }
        }
        return out;
    }
}
