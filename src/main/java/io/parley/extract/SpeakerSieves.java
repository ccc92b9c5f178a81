package io.parley.extract;

import io.parley.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * SpeakerSieves attributes each speech cue of a sentence to its speaker with ordered sieves, most precise
 * first: a name right after a quote and its cue ("..." said Lavrov), "according to X", the subject just
 * before the cue ("Lavrov said", "he stressed"), a name right after the cue ("said the ministry"), and the
 * subject of the sentence for a cue after a comma ("Lavrov, who ..., said"). A cue with an anonymous
 * subject ("officials said") gets no speaker.
 */
final class SpeakerSieves {

    private static final Set<String> SKIPPABLE = Lexicon.lowerSet("subject-skippable.txt");
    private static final Set<String> CLAUSE_LINKS = Lexicon.lowerSet("clause-links.txt");
    private static final Set<String> SOURCE_CUES = Lexicon.lowerSet("source-cues.txt");
    private static final Set<String> BODY_CUES = Lexicon.lowerSet("body-cues.txt");
    private static final Set<String> REPORTED_RULES = Set.of("reported-inside-quote", "greetings-from",
            "group-inside-quote");

    private final Lexicons lex;
    private final BodySpeakers bodies;
    private final GroupSpeakers groups;

    SpeakerSieves(Lexicons lex) {
        this.lex = lex;
        this.bodies = new BodySpeakers(lex);
        this.groups = new GroupSpeakers(lex.speech());
    }

    /** The article's speakers so far: the last one attributed, and the bodies that spoke, for "he said", "it added". */
    static final class Recent {
        private final Speakers speakers;
        private final Map<Integer, Integer> bodySpoke = new HashMap<>();
        private int entity = -1;
        private int sentence = -10;
        private int institution = -1;
        private List<Integer> group = List.of();
        private int groupSentence = -100;

        Recent(Coreference.Result coref) {
            this.speakers = new Speakers(coref);
        }

        Speakers speakers() {
            return speakers;
        }

        void update(List<Attribution> as) {
            for (Attribution a : as) {
                if (isReported(a)) {
                    continue;
                }
                entity = a.entity();
                sentence = a.sentence();
                if (speakers.get(a.entity()).kind() == Entity.Kind.INSTITUTION) {
                    institution = a.entity();
                    bodySpoke.put(a.entity(), a.sentence());
                }
            }
            rememberGroup(as);
        }

        /** Speech that a speaker reports of someone else, which makes no one the last speaker. */
        private static boolean isReported(Attribution a) {
            return REPORTED_RULES.contains(a.rule());
        }

        /** Two or more speakers of one cue are a group, which "it said" may stand for later. */
        private void rememberGroup(List<Attribution> as) {
            for (Attribution a : as) {
                List<Integer> members = new ArrayList<>();
                for (Attribution b : as) {
                    if (b.cue().equals(a.cue()) && !isReported(b) && !members.contains(b.entity())) {
                        members.add(b.entity());
                    }
                }
                if (members.size() >= 2) {
                    group = List.copyOf(members);
                    groupSentence = a.sentence();
                    return;
                }
            }
        }

        /**
         * The last group, if it spoke at most {@code distance} sentences before and after the last body (or the group
         * holds that body: "statements issued by A's and B's offices"); else empty.
         */
        List<Integer> lastGroup(int current, int distance) {
            int body = institution < 0 ? -1 : bodySpoke.get(institution);
            boolean ofBodies = group.contains(institution);
            return current - groupSentence <= distance && (groupSentence > body || ofBodies) ? group : List.of();
        }

        /** The last group, if it spoke at most {@code distance} sentences before, whoever spoke since; else empty. */
        List<Integer> lastGroupSpoken(int current, int distance) {
            if (current - groupSentence > distance) {
                return List.of();
            }
            List<Integer> people = group.stream().filter(id -> speakers.get(id).isPerson()).toList();
            return people.size() >= 2 ? people : group;
        }

        /** The sentence where the last group spoke. */
        int groupSentence() {
            return groupSentence;
        }

        /** The body that spoke last, if it spoke at most {@code distance} sentences before; else -1. */
        int lastBody(int current, int distance) {
            return institution >= 0 && current - bodySpoke.get(institution) <= distance ? institution : -1;
        }

        /** The latest body, named or spoken, whose name holds {@code word} ("ministry"), in the last 40 sentences. */
        int lastBodyWith(Doc doc, Coreference.Result coref, int current, String word) {
            int best = -1;
            int bestSentence = -1;
            for (var e : bodySpoke.entrySet()) {
                if (speakers.get(e.getKey()).name().toLowerCase(Locale.ROOT).contains(word)
                        && e.getValue() > bestSentence) {
                    best = e.getKey();
                    bestSentence = e.getValue();
                }
            }
            for (int s = current; s > Math.max(bestSentence, current - 40); s--) {
                for (Mention m : doc.mentions(s)) {
                    Entity e = coref.of(m);
                    if (e != null && e.kind() == Entity.Kind.INSTITUTION
                            && e.name().toLowerCase(Locale.ROOT).contains(word)) {
                        return e.id();
                    }
                }
            }
            return best;
        }
    }

    List<Attribution> attribute(Doc doc, Coreference.Result coref, List<Cue> cues, List<Quote> quotes,
                                Recent recent) {
        List<Attribution> out = new ArrayList<>();
        for (Cue cue : cues) {
            int subject = skipBack(doc.tokens(cue.sentence()), cue.first() - 1);
            List<Attribution> group = doc.quoted(cue.start()) ? groups.insideQuote(doc, coref, cue, subject)
                    : groups.withBoth(doc, coref, cue);
            if (group.isEmpty() && !doc.quoted(cue.start())) {
                group = groups.members(doc, coref, cue, subject);
            }
            if (group.isEmpty() && !doc.quoted(cue.start())) {
                group = groups.issuers(doc, cue, subject, recent);
            }
            if (group.isEmpty() && !doc.quoted(cue.start())) {
                group = groups.pronounGroup(doc, coref, cue, subject, recent);
            }
            if (group.isEmpty() && !doc.quoted(cue.start())) {
                group = groups.frameGroup(doc, coref, cue, recent);
            }
            if (group.isEmpty() && !doc.quoted(cue.start()) && subject >= 0) {
                group = groups.signatories(doc, coref, cue, subject);
            }
            if (group.isEmpty() && !doc.quoted(cue.start()) && isSource(cue)) {
                group = bodies.pluralOwners(doc, coref, cue, recent);
            }
            if (!group.isEmpty()) {
                out.addAll(group);
                continue;
            }
            Attribution a = firstOf(doc, coref, cue, quotes, recent);
            if (a != null && isSource(cue)) {
                out.addAll(groups.reportedGroup(doc, coref, cue));
            }
            if (a != null && doc.quoted(cue.start()) && isPronoun(a.mention())) {
                a = reportedInsideQuote(doc, coref, a, recent);
                if (a != null) {
                    out.add(a);
                }
                continue;
            }
            if (a != null) {
                out.add(recentSpeaker(doc, coref, a, recent));
                Attribution sender = greetingsFrom(doc, coref, cue);
                if (sender != null && sender.entity() != a.entity()) {
                    out.add(sender);
                }
                Attribution partner = a.rule().equals("country-subject") ? coordinatedPlace(doc, coref, a, recent)
                        : coordinated(doc, coref, a);
                if (partner != null) {
                    out.add(partner);
                }
            }
        }
        return bodiesOnBodyCues(out, recent);
    }

    private static boolean isBodyCue(Cue cue) {
        return BODY_CUES.contains(cue.text().toLowerCase(Locale.ROOT));
    }

    /**
     * "The press service of the ministry reports.": a cue of {@code body-cues.txt} speaks only for a body; after a
     * person or an outlet ("Reuters reports") it names no speaker.
     */
    private static List<Attribution> bodiesOnBodyCues(List<Attribution> as, Recent recent) {
        List<Attribution> out = new ArrayList<>(as.size());
        for (Attribution a : as) {
            if (!isBodyCue(a.cue()) || recent.speakers.get(a.entity()).kind() == Entity.Kind.INSTITUTION) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * "She plans to visit Ghana. She will also call for support, the ministry said.": in a body's readout, a
     * sentence with no cue and no quote, just before a sentence of its paragraph that the body's cue closes,
     * reports the same body (rule {@code before-trailing-cue}). People are left out: their unmarked sentences
     * are mostly the reporter's narration. The carried attribution keeps its own sentence, so the
     * statement has no cue of its own.
     */
    static List<List<Attribution>> carryBack(Doc doc, List<List<Attribution>> bySentence, List<Boolean> cued,
                                             Recent recent) {
        List<List<Attribution>> out = new ArrayList<>(bySentence);
        for (int s = 0; s + 1 < out.size(); s++) {
            if (cued.get(s) || doc.isHeadline(s) || doc.sentences().get(s).paragraph()
                    != doc.sentences().get(s + 1).paragraph()) {
                continue;
            }
            List<Attribution> carried = new ArrayList<>();
            for (Attribution a : bySentence.get(s + 1)) {
                if (closesSentence(doc, a) && recent.speakers.get(a.entity()).kind() == Entity.Kind.INSTITUTION) {
                    carried.add(new Attribution(a.sentence(), a.entity(), a.cue(), a.mentionStart(),
                            "before-trailing-cue", a.mention()));
                }
            }
            if (!carried.isEmpty()) {
                out.set(s, carried);
            }
        }
        return out;
    }

    /** "..., the ministry said on Tuesday.": the speaker and the cue end the sentence, after a comma. */
    private static boolean closesSentence(Doc doc, Attribution a) {
        List<Token> toks = doc.tokens(a.sentence());
        int last = Math.max(a.cue().last(), a.mention() == null ? a.cue().last() : a.mention().last());
        return toks.size() - last <= 4 && precededByComma(toks, a) || isSourceLine(doc, a);
    }

    /**
     * "The talks took place today. The press service of the ministry reports.": a sentence that is nothing but its
     * body and the cue names the source of the sentence before it.
     */
    private static boolean isSourceLine(Doc doc, Attribution a) {
        List<Token> toks = doc.tokens(a.sentence());
        return a.mentionStart() == doc.sentences().get(a.sentence()).start() && a.cue().last() >= toks.size() - 1
                && (a.cue().last() == toks.size() || !toks.get(a.cue().last()).isWord());
    }

    private static boolean precededByComma(List<Token> toks, Attribution a) {
        int k = a.cue().first() - 1;
        while (k >= 0 && toks.get(k).start() >= a.mentionStart()) {
            k--;
        }
        return k >= 0 && toks.get(k).text().equals(",");
    }

    private static boolean isPronoun(Mention m) {
        return m != null && m.kind() == Mention.Kind.PRONOUN;
    }

    /**
     * “I stated my position. He explained his country's view.”: inside a speaker's quote, "he" is someone the
     * speaker reports on, never the speaker: the latest other person of the same gender named in this sentence
     * or the three before (rule {@code reported-inside-quote}).
     */
    private static Attribution reportedInsideQuote(Doc doc, Coreference.Result coref, Attribution a, Recent recent) {
        boolean she = a.mention().name().equals("she");
        for (int s = a.sentence(); s >= Math.max(0, a.sentence() - 3); s--) {
            List<Mention> ms = doc.mentions(s);
            for (int j = ms.size() - 1; j >= 0; j--) {
                Mention m = ms.get(j);
                Entity e = m.kind() == Mention.Kind.PRONOUN || s == a.sentence() && m.first() >= a.cue().first()
                        ? null : coref.of(m);
                if (e != null && e.isPerson() && e.id() != recent.entity && e.female() == she) {
                    return new Attribution(a.sentence(), e.id(), a.cue(), a.mentionStart(), "reported-inside-quote",
                            a.mention());
                }
            }
        }
        return null;
    }

    /** "“...,” he said.": a pronoun with no antecedent in its sentence is the last speaker, if recent. */
    private static Attribution recentSpeaker(Doc doc, Coreference.Result coref, Attribution a, Recent recent) {
        Mention m = a.mention();
        if (m == null || m.kind() != Mention.Kind.PRONOUN || recent.entity < 0 || a.sentence() - recent.sentence > 3
                || hasAntecedent(doc, coref, m)) {
            return a;
        }
        Entity last = recent.speakers.get(recent.entity);
        boolean she = m.name().equals("she");
        return last.isPerson() && last.female() == she ? new Attribution(a.sentence(), last.id(), a.cue(),
                a.mentionStart(), a.rule() + "+recent", m) : a;
    }

    /**
     * A cue that names its source after it and never in its subject: "according to the ministry", "Kazinform has
     * learnt from the Akorda press service" (the reporting outlet before "learnt" is not the speaker).
     */
    private static boolean isSource(Cue cue) {
        return SOURCE_CUES.contains(cue.text().toLowerCase(Locale.ROOT));
    }

    /**
     * "According to him, ...": an object pronoun closing the cue's phrase stands for the last person who spoke, if
     * they spoke at most three sentences before and the pronoun fits their gender (rule {@code according-to-pronoun}).
     */
    private static Attribution accordingToPronoun(List<Token> toks, Cue cue, Recent recent) {
        int k = cue.last();
        boolean pronoun = k + 1 < toks.size() && (toks.get(k).is("him") || toks.get(k).is("her"))
                && !toks.get(k + 1).isWord();
        if (!pronoun || recent.entity < 0 || cue.sentence() - recent.sentence > 3) {
            return null;
        }
        Entity last = recent.speakers.get(recent.entity);
        return last.isPerson() && last.female() == toks.get(k).is("her") ? new Attribution(cue.sentence(), last.id(),
                cue, toks.get(k).start(), "according-to-pronoun", null) : null;
    }

    /**
     * "The prime minister conveyed warm greetings from President Ana Ruiz to the emir": the person the greetings
     * come from speaks too (rule {@code greetings-from}).
     */
    private static Attribution greetingsFrom(Doc doc, Coreference.Result coref, Cue cue) {
        List<Token> toks = doc.tokens(cue.sentence());
        int object = cue.last() - cue.first() == 1 ? CueFinder.greetingObject(toks, cue.first()) : -1;
        if (object < 0 || object + 2 >= toks.size() || !toks.get(object + 1).is("from")) {
            return null;
        }
        Mention m = mentionAt(doc.mentions(cue.sentence()), object + 2, 0);
        return m == null || m.kind() != Mention.Kind.PERSON ? null : accept(coref, m, cue, "greetings-from");
    }

    private static final int LONE_PERSON_DISTANCE = 2;

    /**
     * "… Ambassador Asim Khan of Pakistan briefed the Council. Coming out of the meeting, he said …": a "he" or "she"
     * that coreference left unresolved, as the subject of a cue, is the one person of that gender named in the
     * nearest of the two sentences before that names any (rule {@code pronoun-last-person}); none when that
     * sentence names two.
     */
    private static Attribution lonePersonBefore(Doc doc, Coreference.Result coref, Cue cue, Mention pronoun) {
        if (pronoun == null || pronoun.kind() != Mention.Kind.PRONOUN || coref.of(pronoun) != null
                || !(pronoun.name().equalsIgnoreCase("he") || pronoun.name().equalsIgnoreCase("she"))) {
            return null;
        }
        boolean she = pronoun.name().equalsIgnoreCase("she");
        for (int s = cue.sentence() - 1; s >= Math.max(0, cue.sentence() - LONE_PERSON_DISTANCE); s--) {
            List<Integer> people = new ArrayList<>();
            for (Mention m : doc.mentions(s)) {
                Entity e = m.kind() == Mention.Kind.PERSON && !doc.quoted(m.start()) ? coref.of(m) : null;
                if (e != null && e.isPerson() && !people.contains(e.id())) {
                    people.add(e.id());
                }
            }
            if (!people.isEmpty()) {
                Entity only = people.size() == 1 ? coref.entities().get(people.get(0)) : null;
                return only == null || only.female() != she || doc.isHeadline(s) ? null
                        : new Attribution(cue.sentence(), only.id(), cue, pronoun.start(), "pronoun-last-person", null);
            }
        }
        return null;
    }

    /** "Macron and Xi agreed": the other name joined to the subject by "and" speaks too. */
    private static Attribution coordinated(Doc doc, Coreference.Result coref, Attribution a) {
        Mention m = a.mention();
        List<Token> toks = doc.tokens(a.sentence());
        if (m == null || m.kind() != Mention.Kind.PERSON) {
            return null;
        }
        Mention other = null;
        if (m.first() >= 2 && toks.get(m.first() - 1).is("and")) {
            other = mentionEndingAt(doc.mentions(a.sentence()), m.first() - 2);
        } else if (m.last() + 1 < toks.size() && toks.get(m.last()).is("and") && m.last() < a.cue().first()) {
            other = mentionAt(doc.mentions(a.sentence()), m.last() + 1, 0);
        }
        return other == null || other.kind() != Mention.Kind.PERSON ? null
                : accept(coref, other, a.cue(), "coordinated-subject");
    }

    private static boolean hasAntecedent(Doc doc, Coreference.Result coref, Mention pronoun) {
        List<Token> toks = doc.tokens(pronoun.sentence());
        for (Mention prior : doc.mentions(pronoun.sentence())) {
            Entity e = coref.of(prior);
            if (prior.first() < pronoun.first() && e != null && e.isPerson() && !doc.quoted(prior.start())
                    && prior.kind() != Mention.Kind.PRONOUN && !Coreference.afterPreposition(toks, prior.first())) {
                return true;
            }
        }
        return false;
    }

    private Attribution firstOf(Doc doc, Coreference.Result coref, Cue cue, List<Quote> quotes, Recent recent) {
        List<Token> toks = doc.tokens(cue.sentence());
        List<Mention> ms = doc.mentions(cue.sentence());
        if (afterQuote(toks, cue, quotes)) {
            Attribution a = accept(coref, speakerAfter(toks, ms, cue.last(), 2), cue, "quote-cue-name");
            if (a != null) {
                return a;
            }
        }
        if (toks.get(cue.first()).is("in")) {
            return bodies.frame(doc, coref, cue, recent);
        }
        if (isSource(cue)) {
            Attribution a = accept(coref, mentionAt(ms, cue.last(), 2), cue, "according-to");
            a = a != null ? a : accordingToPronoun(toks, cue, recent);
            return a != null ? a : bodies.after(doc, coref, cue, recent);
        }
        int before = skipBack(toks, cue.first() - 1);
        if (CueFinder.opensQuoteAfterSubject(toks, cue.first())) {
            before = cue.first() - 2;
        }
        if (isBodyCue(cue)) {
            return doc.quoted(cue.start()) ? null : bodies.before(doc, coref, cue, before, recent);
        }
        Attribution a = accept(coref, subjectEndingAt(toks, ms, before), cue, "adjacent-subject");
        if (a == null && !doc.quoted(cue.start())) {
            a = lonePersonBefore(doc, coref, cue, mentionEndingAt(ms, before));
        }
        if (a == null && !doc.quoted(cue.start())) {
            a = bodies.before(doc, coref, cue, before, recent);
        }
        if (a == null && before >= 0 && !doc.quoted(cue.start())) {
            a = accept(coref, relativeSubject(toks, ms, cue), cue, "relative-subject");
        }
        if (a == null && before >= 0 && !doc.quoted(cue.start())) {
            a = countrySubject(doc, coref, cue, before, recent);
        }
        if (a != null || before >= 0 && isAnonymous(toks.get(before))) {
            return a;
        }
        if (before > 0 && toks.get(before).text().equals(",") && !cue.text().endsWith("ing")) {
            a = accept(coref, appositiveSubject(toks, ms, before), cue, "appositive-subject");
            if (a != null) {
                return a;
            }
        }
        if (cue.after() && inverted(toks, before)) {
            Mention next = speakerAfter(toks, ms, cue.last(), 1);
            a = next == null || next.kind() == Mention.Kind.PRONOUN ? null : accept(coref, next, cue, "cue-name");
            if (a != null) {
                return a;
            }
        }
        if (cue.after() && inverted(toks, before) && unnamedAfter(toks, cue.last())) {
            a = bodies.after(doc, coref, cue, recent);
            if (a != null) {
                return a;
            }
        }
        return before >= 0 && CLAUSE_LINKS.contains(toks.get(before).text().toLowerCase(Locale.ROOT))
                ? accept(coref, sentenceSubject(doc, coref, toks, ms, cue), cue, "sentence-subject") : null;
    }

    /** The mention ending at a token; for "the President of Malawi" the title, not the country after "of". */
    private static Mention subjectEndingAt(List<Token> toks, List<Mention> ms, int last) {
        Mention m = mentionEndingAt(ms, last);
        if (m != null && m.kind() != Mention.Kind.COUNTRY) {
            return m;
        }
        int of = last;
        while (of > last - 3 && of > 0 && toks.get(of).isCapitalized()) {
            of--;
        }
        Mention title = of < last && toks.get(of).is("of") ? mentionEndingAt(ms, of - 1) : null;
        return title != null && title.kind() == Mention.Kind.TITLE && title.country() != null ? title : m;
    }

    /** "Aide Ivan Petrov who led the delegation said": the person before a "who" clause that runs up to the cue. */
    private static Mention relativeSubject(List<Token> toks, List<Mention> ms, Cue cue) {
        for (int k = cue.first() - 1; k > 0 && k >= cue.first() - 20; k--) {
            String t = toks.get(k).text();
            if (t.equals(",") || isQuoteMark(t) || CueFinder.isOpeningMark(t)) {
                return null;
            }
            if (toks.get(k).is("who")) {
                Mention m = mentionEndingAt(ms, k - 1);
                return m != null && m.kind() == Mention.Kind.PERSON ? m : null;
            }
        }
        return null;
    }

    /** "The summit's host, Canadian Prime Minister Ana Ruiz, said": a name set off by commas just before the cue. */
    private static Mention appositiveSubject(List<Token> toks, List<Mention> ms, int comma) {
        Mention m = mentionEndingAt(ms, comma - 1);
        return m != null && m.kind() == Mention.Kind.PERSON && m.first() > 0
                && toks.get(m.first() - 1).text().equals(",") ? m : null;
    }

    /** "..., said X" or "“...” said X": the cue follows a comma, a colon, a quote, or opens the sentence. */
    private static boolean inverted(List<Token> toks, int before) {
        if (before < 0) {
            return true;
        }
        String t = toks.get(before).text();
        return t.equals(",") || t.equals(":") || isQuoteMark(t) || t.equals("—") || t.equals("–");
    }

    /** "said a statement", "said the spokesman": an unnamed speaker follows the cue. */
    private static boolean unnamedAfter(List<Token> toks, int k) {
        return k + 1 < toks.size() && (toks.get(k).is("a") || toks.get(k).is("an") || toks.get(k).is("the"))
                && !toks.get(k + 1).isCapitalized();
    }

    private boolean isAnonymous(Token t) {
        return lex.anonymous().contains(t.lower()) || !t.isCapitalized() && t.isWord()
                && !CLAUSE_LINKS.contains(t.lower()) && !SKIPPABLE.contains(t.lower());
    }

    private static final Set<String> TEMPORAL = Lexicon.lowerSet("subject-time-words.txt");

    /** "Sen. Chuck Schumer (D-N.Y.) said": a short parenthesis between the speaker and the cue. */
    private static int skipParenthesis(List<Token> toks, int k) {
        if (k < 0 || !toks.get(k).text().equals(")")) {
            return k;
        }
        for (int j = k - 1; j >= Math.max(0, k - 8); j--) {
            if (toks.get(j).text().equals("(")) {
                return j - 1;
            }
        }
        return k;
    }

    private static boolean isAdverb(Token t) {
        String s = t.text();
        return s.length() > 4 && s.endsWith("ly") && Character.isLowerCase(s.charAt(0));
    }

    private static int skipBack(List<Token> toks, int from) {
        int k = skipParenthesis(toks, from);
        while (k >= 0) {
            if (isInTheTime(toks, k)) {
                k -= 3;
            } else if (SKIPPABLE.contains(toks.get(k).lower()) || isAdverb(toks.get(k))
                    || TEMPORAL.contains(toks.get(k).lower())
                    && (!toks.get(k).is("on") || k < from && TEMPORAL.contains(toks.get(k + 1).lower()))) {
                k--;
            } else {
                break;
            }
        }
        return k;
    }

    /**
     * "CNN earlier in the day reported", "Trump during the call expressed": "earlier/later in the" and a time word,
     * or "during" with a determiner and a noun, between the subject and its cue.
     */
    private static boolean isInTheTime(List<Token> toks, int k) {
        if (k < 2 || !toks.get(k - 1).isWord() || !toks.get(k).isWord() || toks.get(k).isCapitalized()) {
            return false;
        }
        boolean during = toks.get(k - 2).is("during") && DETERMINERS.contains(toks.get(k - 1).lower());
        return during || k >= 3 && TEMPORAL.contains(toks.get(k).lower()) && toks.get(k - 1).is("the")
                && toks.get(k - 2).is("in")
                && (TEMPORAL.contains(toks.get(k - 3).lower()) || SKIPPABLE.contains(toks.get(k - 3).lower()));
    }

    private static final Set<String> DETERMINERS = Lexicon.lowerSet("determiners.txt");

    private static boolean afterQuote(List<Token> toks, Cue cue, List<Quote> quotes) {
        int k = cue.first() - 1;
        while (k >= 0 && (toks.get(k).text().equals(",") || isQuoteMark(toks.get(k).text()))) {
            if (isQuoteMark(toks.get(k).text())) {
                return true;
            }
            k--;
        }
        return false;
    }

    static boolean isQuoteMark(String s) {
        return s.equals("”") || s.equals("\"") || s.equals("'") || s.equals("’") || s.equals("»");
    }

    private static Mention mentionAt(List<Mention> ms, int tokenIndex, int slack) {
        for (Mention m : ms) {
            if (m.first() >= tokenIndex && m.first() <= tokenIndex + slack) {
                return m;
            }
        }
        return null;
    }

    /** "said another Twitter user, Johanna Bayer": skip a body that only qualifies a noun, take the name after. */
    private static Mention speakerAfter(List<Token> toks, List<Mention> ms, int tokenIndex, int slack) {
        Mention m = mentionAt(ms, tokenIndex, slack);
        if (m == null || m.kind() != Mention.Kind.ORGANIZATION || m.last() >= toks.size()
                || toks.get(m.last()).isCapitalized() || !toks.get(m.last()).isWord()) {
            return m;
        }
        for (Mention next : ms) {
            if (next.first() > m.last() && next.first() <= m.last() + 3 && next.kind() == Mention.Kind.PERSON) {
                return next;
            }
        }
        return null;
    }

    static Mention mentionEndingAt(List<Mention> ms, int lastToken) {
        for (Mention m : ms) {
            if (m.last() - 1 == lastToken) {
                return m;
            }
        }
        return null;
    }

    private static Mention sentenceSubject(Doc doc, Coreference.Result coref, List<Token> toks, List<Mention> ms,
                                           Cue cue) {
        boolean cueQuoted = doc.quoted(cue.start());
        for (Mention m : ms) {
            if (m.first() < cue.first() && m.isSpeakerKind() && !isPossessivePronoun(m) && coref.of(m) != null
                    && (cueQuoted || !doc.quoted(m.start()))
                    && !Coreference.afterPreposition(toks, m.first())
                    && !(m.first() > 0 && toks.get(m.first() - 1).text().equals("("))) {
                return m;
            }
        }
        return null;
    }

    private static boolean isPossessivePronoun(Mention m) {
        return m.kind() == Mention.Kind.PRONOUN && (m.name().equals("his") || m.name().equals("her"));
    }

    /**
     * "Pakistan urged restraint", "Tehran rejected the claim": a country, or a capital standing for its
     * government, that opens the clause right before the cue speaks (rule {@code country-subject}).
     */
    private Attribution countrySubject(Doc doc, Coreference.Result coref, Cue cue, int before, Recent recent) {
        List<Token> toks = doc.tokens(cue.sentence());
        Attribution a = cue.text().endsWith("ing") ? null : place(doc, coref, cue, before, recent);
        return a != null && opensClause(toks, tokenAt(toks, a.mentionStart())) ? a : null;
    }

    /**
     * "Both Hanoi and Phnom Penh protested", "Pakistan and India urged calm": the country or capital joined by
     * "and" to a country that speaks speaks too (rule {@code coordinated-subject}).
     */
    private Attribution coordinatedPlace(Doc doc, Coreference.Result coref, Attribution a, Recent recent) {
        List<Token> toks = doc.tokens(a.sentence());
        int first = tokenAt(toks, a.mentionStart());
        if (first < 2 || !toks.get(first - 1).is("and")) {
            return null;
        }
        Attribution other = place(doc, coref, a.cue(), first - 2, recent);
        int start = other == null ? -1 : tokenAt(toks, other.mentionStart());
        boolean opens = start == 0 || start > 0 && (toks.get(start - 1).is("both") || opensClause(toks, start));
        return opens ? new Attribution(a.sentence(), other.entity(), a.cue(), other.mentionStart(),
                "coordinated-subject", other.mention()) : null;
    }

    private static boolean opensClause(List<Token> toks, int first) {
        return first == 0 || CLAUSE_LINKS.contains(toks.get(first - 1).lower()) || toks.get(first - 1).is("the")
                && first == 1;
    }

    private static int tokenAt(List<Token> toks, int offset) {
        for (int k = 0; k < toks.size(); k++) {
            if (toks.get(k).start() == offset) {
                return k;
            }
        }
        return -1;
    }

    /** The country mention, or the capital of one to three words, that ends at token {@code last}; else null. */
    private Attribution place(Doc doc, Coreference.Result coref, Cue cue, int last, Recent recent) {
        List<Token> toks = doc.tokens(cue.sentence());
        Mention m = mentionEndingAt(doc.mentions(cue.sentence()), last);
        if (m != null && m.kind() == Mention.Kind.COUNTRY && m.name().equals(m.country())) {
            Entity e = coref.of(m);
            return e == null ? null : new Attribution(cue.sentence(), e.id(), cue, m.start(), "country-subject", m);
        }
        for (int first = last; m == null && first >= Math.max(0, last - 2) && toks.get(first).isCapitalized(); first--) {
            String name = doc.text().substring(toks.get(first).start(), toks.get(last).end());
            if (lex.cities().contains(name) && lex.country(name) == null) {
                int id = recent.speakers().body(name, null);
                return new Attribution(cue.sentence(), id, cue, toks.get(first).start(), "country-subject", null);
            }
        }
        return null;
    }

    private static Attribution accept(Coreference.Result coref, Mention m, Cue cue, String rule) {
        if (m == null || !m.isSpeakerKind() || m.kind() == Mention.Kind.PRONOUN && !m.name().endsWith("e")) {
            return null;
        }
        Entity e = coref.of(m);
        if (e == null || e.kind() == Entity.Kind.COUNTRY) {
            return null;
        }
        return new Attribution(cue.sentence(), e.id(), cue, m.start(), rule, m);
    }
}
