package io.parley.extract;

import io.parley.model.MeetingKind;
import io.parley.model.MeetingStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * MeetingFinder finds meetings: a trigger ("met with", "held talks", "phone call", "visited", "on the
 * sidelines of") and the named parties around it, the subject before the trigger and the names after it,
 * with a country standing in for a side where no person is named.
 */
final class MeetingFinder {

    /** How many words before a trigger a negator may stand. */
    private static final int NEGATION_REACH = 10;


    private final Lexicons lex;
    private final PhraseIndex index;
    private final Multilateral multilateral;
    private final PhraseIndex groups;
    private final Set<String> groupHeads = new HashSet<>();
    private final Denials denials;
    private final MeetingWords words;
    private final MeetingWords.Grammar grammar;
    private final CountryLists countryLists;
    private final PhraseIndex plannedPhrases;
    private final PhraseIndex fulfilled;

    MeetingFinder(Lexicons lex, MeetingWords words) {
        this.lex = lex;
        this.words = words;
        this.grammar = words.grammar();
        this.multilateral = new Multilateral(lex.gatherings(), grammar);
        this.index = new PhraseIndex(lex.meetingTriggers().keySet(), true);
        this.groups = new PhraseIndex(words.groupAnaphors(), true);
        words.groupAnaphors().forEach(p -> groupHeads.add(p.substring(p.lastIndexOf(' ') + 1)));
        this.denials = new Denials(words.cancelled(), grammar);
        this.countryLists = new CountryLists(grammar);
        this.plannedPhrases = new PhraseIndex(words.plannedPhrases(), true);
        this.fulfilled = new PhraseIndex(words.fulfilledInfinitives(), true);
    }

    /**
     * A meeting found in one sentence: entity ids of its parties, kind, status, the trigger's first token, and the
     * rule that found it ({@code trigger:<phrase>}, or a {@code doc:} step of {@link MeetingAssembler}); whether
     * it is told as past, and whether "again" follows its trigger.
     */
    record Found(int sentence, List<Integer> parties, MeetingKind kind, MeetingStatus status, int trigger,
                 String rule, boolean past, boolean again) {

        /** Whether this is a gathering's own meeting (its roster), kept apart from the meetings on its sidelines. */
        boolean gathering() {
            return rule.equals(MeetingAssembler.SUMMIT_ROSTER) || rule.equals(MeetingAssembler.SIDELINE_GATHERING);
        }

        Found withParties(List<Integer> newParties, String newRule) {
            return new Found(sentence, List.copyOf(newParties), kind, status, trigger, newRule, past, again);
        }
    }

    /** Every trigger of a sentence that is not denied, with the parties its clause names (perhaps fewer than two). */
    List<EventMention> find(Doc doc, Coreference.Result coref, int sentence, List<Quote> quotes) {
        List<Token> toks = doc.tokens(sentence);
        List<int[]> triggers = triggers(doc, sentence);
        MeetingKind strongest = strongest(toks, triggers);
        List<EventMention> out = new ArrayList<>();
        Set<Integer> deniedGuests = new LinkedHashSet<>();
        boolean mayGroup = !triggers.isEmpty() && hasGroupWord(toks);
        for (int k = 0; k < triggers.size(); k++) {
            int[] t = triggers.get(k);
            String phrase = index.phrase(toks, t[0], t[1] - t[0]);
            int next = k + 1 < triggers.size() ? triggers.get(k + 1)[0] : toks.size();
            boolean agreedOnly = phrase.equals("agreed") && (t[1] < toks.size() && toks.get(t[1]).is("to")
                    || t[0] > 0 && grammar.beForms().contains(toks.get(t[0] - 1).lower()));
            boolean invitation = words.invitations().contains(phrase);
            if (agreedOnly || invitation && !invitedTo(toks, t[1]) || adjectival(toks, phrase, t[1])
                    || phrase.equals("called") && !callsSomeone(doc, sentence, t[1])) {
                continue;
            }
            List<Integer> countries = words.grammar().seriesTriggers().contains(phrase)
                    ? countryLists.after(doc, coref, sentence, t[1], Math.min(clauseEnd(toks, t[1]), next)) : List.of();
            if (words.grammar().itineraries().contains(phrase) && countries.isEmpty()) {
                continue;
            }
            List<Integer> parties = parties(doc, coref, sentence, t[0], t[1], next, phrase.equals("agreed"));
            if (phrase.endsWith("between")) {
                parties = between(doc, coref, sentence, t[1], parties);
            }
            MeetingKind own = MeetingKind.valueOf(lex.meetingTriggers().get(phrase));
            if (own == MeetingKind.MULTILATERAL && parties.size() == 2 && ownedByTwo(toks, doc.mentions(sentence), t[0])) {
                own = MeetingKind.IN_PERSON;
            }
            boolean group = parties.size() < 2 && mayGroup && group(toks, t[0], t[1], next);
            if (parties.isEmpty() && !group && own != MeetingKind.MULTILATERAL) {
                continue;
            }
            if (negated(toks, t[0]) || denials.denied(toks, t[0], t[1])) {
                deniedGuests.addAll(parties.subList(Math.min(1, parties.size()), parties.size()));
                continue;
            }
            boolean separate = parties.size() >= 3 && separate(toks, t[1], next)
                    && leftParties(doc, coref, sentence, t[0], parties) == 1;
            boolean invitationNoun = words.invitationNouns().contains(phrase) && invitedTo(toks, t[1]);
            MeetingStatus status = invitation || invitationNoun ? MeetingStatus.PLANNED : status(toks, t[0], t[1], next);
            out.add(new EventMention(sentence, t[0], phrase, own, strongest, status, parties, group, separate,
                    countries, window(triggers, k, toks.size()), again(toks, t[1], next)));
        }
        out.removeIf(m -> m.parties().stream().anyMatch(deniedGuests::contains));
        return out;
    }

    /**
     * The tokens whose past markers date trigger {@code k}: from the token before it ("had met") up to the token
     * before the next trigger; the first trigger's window opens the sentence.
     */
    private static EventMention.Window window(List<int[]> triggers, int k, int size) {
        int start = k == 0 ? 0 : triggers.get(k)[0] - 1;
        int end = k + 1 < triggers.size() ? triggers.get(k + 1)[0] - 1 : size;
        return new EventMention.Window(start, Math.max(start, end), triggers.get(0)[0]);
    }

    /** How many words after a trigger its "again" may stand ("will meet her again"). */
    private static final int AGAIN_REACH = 3;

    /** Whether a repeat marker ("again") follows the trigger within a few words, before the next trigger. */
    private boolean again(List<Token> toks, int triggerEnd, int next) {
        for (int i = triggerEnd; i < Math.min(next, triggerEnd + AGAIN_REACH); i++) {
            if (words.repeatMarkers().contains(toks.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "called Prime Minister X", "called his counterpart", "called the leaders of A and B": "called" before a
     * person, a title or a group of leaders is a call; "called for", "called on", "called X a liar" are not.
     */
    private boolean callsSomeone(Doc doc, int sentence, int triggerEnd) {
        List<Token> toks = doc.tokens(sentence);
        int k = triggerEnd;
        while (k < toks.size() && (toks.get(k).is("the") || toks.get(k).is("his") || toks.get(k).is("her"))) {
            k++;
        }
        if (k >= toks.size()) {
            return false;
        }
        String w = toks.get(k).lower();
        if (lex.isTitle(w) || grammar.groupNouns().contains(w)) {
            return true;
        }
        for (Mention m : doc.mentions(sentence)) {
            if (m.first() == k && m.kind() == Mention.Kind.PERSON) {
                boolean described = m.last() < toks.size() && (NamePhrase.isPossessive(toks.get(m.last()))
                        || grammar.determiners().contains(toks.get(m.last()).lower()));
                return !described;
            }
        }
        return false;
    }

    /**
     * "Visiting Chinese Foreign Minister Wang Yi met ...", "the visiting president": a participle before a name,
     * a demonym or a title describes the subject of another trigger and tells no visit of its own.
     */
    private boolean adjectival(List<Token> toks, String phrase, int triggerEnd) {
        if (!phrase.equals("visiting") || triggerEnd >= toks.size()) {
            return false;
        }
        Token next = toks.get(triggerEnd);
        return next.isWord() && (next.isCapitalized() || lex.isTitle(next.text()));
    }

    /**
     * "held bilateral talks with A, B and C", "held talks with officials, including A and B", "talked with both
     * A and B": the subject meets each of the others on their own.
     */
    private boolean separate(List<Token> toks, int triggerEnd, int next) {
        int stop = Math.min(clauseEnd(toks, triggerEnd), next);
        int after = triggerEnd < stop && toks.get(triggerEnd).is("with") ? triggerEnd + 1 : triggerEnd;
        if (after < stop && words.distributives().contains(toks.get(after).lower())) {
            return true;
        }
        for (int i = triggerEnd; i < stop; i++) {
            if (toks.get(i).is("including") && toks.get(i - 1).text().equals(",")) {
                return true;
            }
        }
        for (int i = 0; i < toks.size(); i++) {
            if (separateMarker(toks, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "bilaterals", "separately", or "bilateral"/"separate" before a meeting noun ("bilateral talks"): not
     * "bilateral ties", which names a topic.
     */
    private boolean separateMarker(List<Token> toks, int i) {
        String w = toks.get(i).lower();
        if (!words.separateMarkers().contains(w)) {
            return false;
        }
        boolean adjective = w.equals("bilateral") || w.equals("separate");
        return !adjective || i + 1 < toks.size() && words.meetingNouns().contains(toks.get(i + 1).lower());
    }

    /** "talks between A and B": only the parties named after "between". */
    private static List<Integer> between(Doc doc, Coreference.Result coref, int sentence, int triggerEnd,
                                         List<Integer> parties) {
        Set<Integer> right = new LinkedHashSet<>();
        int end = listEnd(doc.tokens(sentence), triggerEnd);
        for (Mention m : doc.mentions(sentence)) {
            Entity e = coref.of(m);
            boolean named = m.kind() != Mention.Kind.PRONOUN && m.first() < end;
            if (e != null && named && m.first() >= triggerEnd && parties.contains(e.id())) {
                right.add(e.id());
            }
        }
        return List.copyOf(right);
    }

    /** Where the list after "between" ends: at a comma before a lower-case word other than "and". */
    private static int listEnd(List<Token> toks, int from) {
        for (int i = from; i + 1 < toks.size(); i++) {
            Token next = toks.get(i + 1);
            if (toks.get(i).text().equals(",") && !next.isCapitalized() && !next.is("and")) {
                return i;
            }
        }
        return toks.size();
    }

    private static int leftParties(Doc doc, Coreference.Result coref, int sentence, int trigger,
                                   List<Integer> parties) {
        Set<Integer> left = new LinkedHashSet<>();
        for (Mention m : doc.mentions(sentence)) {
            Entity e = PartyResolver.owner(doc, coref, sentence, m, trigger);
            if (e != null && m.last() <= trigger && parties.contains(e.id())) {
                left.add(e.id());
            }
        }
        return left.size();
    }

    /** How many words after "to" an invitation's purpose may stand ("to the reconciliation talks"). */
    private static final int PURPOSE_REACH = 4;

    /**
     * "invited Y to reconciliation talks", "invites Y to visit": "to" in the invitation's clause, a purpose word
     * ("talks", "visit", "dinner") a few words after it.
     */
    private boolean invitedTo(List<Token> toks, int triggerEnd) {
        int stop = clauseEnd(toks, triggerEnd);
        for (int i = triggerEnd; i < stop; i++) {
            if (!toks.get(i).is("to")) {
                continue;
            }
            for (int k = i + 1; k < Math.min(stop, i + 1 + PURPOSE_REACH); k++) {
                if (words.invitationPurposes().contains(toks.get(k).lower())) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /** The {@code [start, end)} token spans of the trigger phrases of a sentence, longest match first. */
    private List<int[]> triggers(Doc doc, int sentence) {
        List<Token> toks = doc.tokens(sentence);
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            boolean properNoun = i > 0 && toks.get(i).isCapitalized() && !doc.isHeadline(sentence)
                    && toks.get(i - 1).isWord();
            int len = properNoun ? 0 : matchLength(toks, i);
            if (len > 0) {
                out.add(new int[] {i, i + len});
                i += len - 1;
            }
        }
        return out;
    }

    /** The strongest kind among a sentence's triggers (a call beats a meeting), or null with none. */
    private MeetingKind strongest(List<Token> toks, List<int[]> triggers) {
        MeetingKind strongest = null;
        for (int[] t : triggers) {
            MeetingKind k = MeetingKind.valueOf(lex.meetingTriggers().get(phrase(toks, t[0], t[1] - t[0])));
            strongest = strongest == null || rank(k) > rank(strongest) ? k : strongest;
        }
        return strongest;
    }

    /** A cheap look for the last word of some group anaphor, before the clause-by-clause search. */
    private boolean hasGroupWord(List<Token> toks) {
        for (Token t : toks) {
            if (groupHeads.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** "both sides", "the two leaders", "they" in the trigger's clause: the parties are a group told elsewhere. */
    private boolean group(List<Token> toks, int trigger, int triggerEnd, int next) {
        int stop = Math.min(clauseEnd(toks, triggerEnd), next);
        for (int i = clauseStart(toks, trigger); i < stop; i++) {
            if ((i < trigger || i >= triggerEnd) && groups.match(toks, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a found meeting may stand: two parties, one with an office, enough for a gathering. */
    boolean complete(Doc doc, Coreference.Result coref, EventMention m, List<Integer> parties) {
        return parties.size() >= 2 && anyOfficial(coref, parties)
                && multilateral.enough(doc.tokens(m.sentence()), m.own(), parties.size());
    }

    /** Whether a sentence names a gathering ("summit", "forum") or its sidelines. */
    boolean namesGathering(List<Token> toks) {
        return multilateral.namesGathering(toks);
    }

    /** Whether a sentence tells something "on the sidelines of" a gathering. */
    boolean onSidelines(List<Token> toks) {
        return multilateral.onSidelines(toks);
    }

    /** Whether the mention's sentence calls its meeting trilateral or multilateral. */
    boolean gathering(Doc doc, EventMention m) {
        return multilateral.explicit(doc.tokens(m.sentence()));
    }

    /** The kind of a meeting of {@code parties} told by a mention. */
    MeetingKind kind(Doc doc, EventMention m, int parties) {
        return multilateral.kind(doc.tokens(m.sentence()), m.strongest(), parties);
    }

    /**
     * "did not meet", "no meeting between", "no plans for X to meet", "refused to meet": a negator a few words
     * before the trigger, with no comma, "that" or clause break between them, denies the meeting.
     */
    private boolean negated(List<Token> toks, int trigger) {
        for (int i = trigger - 1; i >= Math.max(0, trigger - NEGATION_REACH); i--) {
            String w = toks.get(i).lower();
            if (w.equals(",") || w.equals("that") || grammar.clauseEnds().contains(w)) {
                return false;
            }
            boolean notOnly = i + 1 < toks.size() && toks.get(i + 1).is("only");
            if ((lex.negators().contains(w) || w.endsWith("n't") || w.endsWith("n’t")) && !notOnly) {
                return true;
            }
        }
        return false;
    }

    /** Diplomacy needs an office: at least one party has a title or is a country. */
    private static boolean anyOfficial(Coreference.Result coref, List<Integer> parties) {
        for (int id : parties) {
            Entity e = coref.entities().get(id);
            if (e.title() != null || e.kind() == Entity.Kind.COUNTRY) {
                return true;
            }
        }
        return false;
    }

    private static int rank(MeetingKind k) {
        return k == MeetingKind.PHONE_CALL || k == MeetingKind.VIDEO_CALL ? 2 : 1;
    }

    private int matchLength(List<Token> toks, int i) {
        return toks.get(i).isWord() ? index.match(toks, i) : 0;
    }

    private String phrase(List<Token> toks, int i, int len) {
        return index.phrase(toks, i, len);
    }

    private List<Integer> parties(Doc doc, Coreference.Result coref, int sentence, int trigger, int triggerEnd,
                                  int nextTrigger, boolean leftOnly) {
        List<Token> toks = doc.tokens(sentence);
        Set<Integer> people = new LinkedHashSet<>();
        Set<Integer> countries = new LinkedHashSet<>();
        int stop = Math.min(clauseEnd(toks, triggerEnd), nextTrigger);
        int visitor = visitorOf(toks, doc.mentions(sentence), trigger, triggerEnd);
        int subject = visitor >= 0 ? visitor : Math.max(whoSubject(toks, doc.mentions(sentence), trigger),
                genitiveSubject(toks, doc.mentions(sentence), trigger));
        int begin = Math.max(subject, clauseStart(toks, trigger));
        boolean longQuote = inLongQuote(doc, doc.sentences().get(sentence).start(), toks.get(trigger).start());
        boolean fronted = fronted(toks, doc.mentions(sentence), begin, trigger);
        for (Mention m : doc.mentions(sentence)) {
            Entity e = PartyResolver.owner(doc, coref, sentence, m, trigger);
            boolean otherSide = longQuote && doc.quoted(m.start()) != doc.quoted(toks.get(trigger).start());
            if (e == null || m.first() >= stop || m.first() < begin || otherSide) {
                continue;
            }
            boolean left = m.last() <= trigger;
            if (leftOnly && !left) {
                continue;
            }
            boolean out = left ? m.first() != subject && !beforeVerb(toks, m) && leftOut(toks, m, trigger)
                    || inRelativeBefore(toks, m, trigger)
                    : m.first() != subject && (rightOut(toks, m, trigger, triggerEnd) || ownerOfAThing(toks, m));
            boolean nearCountry = left ? trigger == m.last() || m.first() <= Math.max(begin, 0)
                    : m.first() - triggerEnd <= 2;
            boolean countryWord = m.kind() == Mention.Kind.COUNTRY;
            if (countryWord && !out && PartyResolver.pluralTitleAfter(toks, m, words.pluralTitles()) >= 0) {
                Entity holder = PartyResolver.counterpart(coref, toks, m, words.pluralTitles());
                if (holder != null) {
                    people.add(holder.id());
                }
                continue;
            }
            if (out || countryWord && (modifiesNoun(toks, m) || !nearCountry) || NonParticipants.excluded(words, toks, m, fronted)) {
                continue;
            }
            (e.isPerson() ? people : countries).add(e.id());
        }
        if (begin > 0 && visitor < 0 && !hasLeftPerson(coref, doc.mentions(sentence), begin, trigger)) {
            Integer subj = sentenceSubject(doc, coref, sentence, begin);
            if (subj != null) {
                people.add(subj);
            }
        }
        return withCountries(coref, people, countries);
    }

    private static List<Integer> withCountries(Coreference.Result coref, Set<Integer> people,
                                               Set<Integer> countries) {
        List<Integer> out = new ArrayList<>(people);
        Set<String> own = new LinkedHashSet<>();
        for (int p : people) {
            own.add(coref.entities().get(p).country());
        }
        for (int c : countries) {
            Entity e = coref.entities().get(c);
            if (out.size() < 2 && e.kind() == Entity.Kind.COUNTRY && !own.contains(e.name())) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * "In a telephone conversation with Weiss, Petrov said ...": the trigger's clause opens with a preposition and
     * names no one before the trigger, so the name before the cue after the comma is the other party, not a
     * reporter.
     */
    private boolean fronted(List<Token> toks, List<Mention> mentions, int begin, int trigger) {
        int first = Math.max(begin, 0);
        if (first >= trigger || !grammar.fronting().contains(toks.get(first).lower())) {
            return false;
        }
        for (Mention m : mentions) {
            if (m.first() >= first && m.first() < trigger) {
                return false;
            }
        }
        return true;
    }

    /** How many words after a trigger "is scheduled" may stand. */
    private static final int PLANNED_AFTER_REACH = 10;

    /**
     * A trigger inside a quoted sentence (not a quoted phrase) meets no one named outside the quote; a quote that
     * opens inside the sentence's own clause ("Park will “hold a meeting with X and ...”", not after a cue, "that"
     * or punctuation) continues that clause, whose subject is a party.
     */
    private boolean inLongQuote(Doc doc, int sentenceStart, int offset) {
        for (Quote q : doc.quotes()) {
            if (q.covers(offset)) {
                return doc.text().substring(q.start(), q.end()).split(" ").length >= 8
                        && !opensInClause(doc.text(), sentenceStart, q.open());
            }
        }
        return false;
    }

    /** Whether a quote mark at {@code quoteStart} follows a word of its sentence that is no cue and no "that". */
    private boolean opensInClause(String text, int sentenceStart, int quoteStart) {
        String before = text.substring(Math.min(sentenceStart, quoteStart), quoteStart).stripTrailing();
        if (before.isEmpty() || !Character.isLetter(before.charAt(before.length() - 1))) {
            return false;
        }
        String word = before.substring(before.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return !word.equals("that") && !lex.cues().containsKey(word);
    }

    /** "after X invited Y": a name right before a speech, meeting or invitation verb is a subject. */
    private boolean beforeVerb(List<Token> toks, Mention m) {
        if (m.last() >= toks.size()) {
            return false;
        }
        String w = toks.get(m.last()).lower();
        return w.startsWith("invit") || lex.meetingTriggers().containsKey(w) || lex.cues().containsKey(w);
    }

    /** "discussed trade with Weiss in a phone call": a name after "with" just before a call or talks. */
    private boolean withBeforeTrigger(List<Token> toks, Mention m, int trigger) {
        int k = m.first() - 1;
        while (k > 0 && (toks.get(k).is("the") || toks.get(k).is("his") || toks.get(k).is("her"))) {
            k--;
        }
        return k >= 0 && toks.get(k).is("with") && trigger - m.last() <= 3 && trigger > m.last()
                && grammar.leadIns().contains(toks.get(m.last()).lower());
    }

    private boolean leftOut(List<Token> toks, Mention m, int trigger) {
        if (withBeforeTrigger(toks, m, trigger)) {
            return false;
        }
        boolean nearPossessive = possessive(toks, m) && trigger - m.last() <= 3;
        if (possessive(toks, m) && !nearPossessive) {
            return true;
        }
        int k = m.first() - 1;
        if (k >= 1 && toks.get(k - 1).is("invitation") || k >= 0 && toks.get(k).lower().startsWith("invit")) {
            return false;
        }
        while (k > 0 && (toks.get(k).is("the") || toks.get(k).is("his") || toks.get(k).is("her"))) {
            k--;
        }
        return k >= 0 && !toks.get(k).is("and") && Coreference.afterPreposition(toks, m.first());
    }

    /** "X, who succeeded Y last year, met Z": a name inside a relative clause closed before the trigger. */
    private boolean inRelativeBefore(List<Token> toks, Mention m, int trigger) {
        int open = m.first() - 1;
        while (open >= 0 && !toks.get(open).text().equals(",") && !grammar.relatives().contains(toks.get(open).lower())) {
            open--;
        }
        if (open < 0 || !grammar.relatives().contains(toks.get(open).lower())) {
            return false;
        }
        for (int i = m.last(); i < trigger; i++) {
            if (toks.get(i).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** "met Z to discuss Y's peace plan": a person named after the trigger only as the owner of a thing. */
    private boolean ownerOfAThing(List<Token> toks, Mention m) {
        if (m.kind() == Mention.Kind.PRONOUN || !possessive(toks, m) || m.last() + 1 >= toks.size()) {
            return false;
        }
        Token next = toks.get(m.last() + 1);
        return next.isWord() && !next.isCapitalized() && !lex.isTitle(next);
    }

    private boolean rightOut(List<Token> toks, Mention m, int trigger, int triggerEnd) {
        int k = m.first() - 1;
        while (k >= triggerEnd && (toks.get(k).is("the") || toks.get(k).is("his") || toks.get(k).is("her"))) {
            k--;
        }
        if (k >= triggerEnd && toks.get(k).is("by")) {
            return !toks.get(triggerEnd - 1).lower().endsWith("ed");
        }
        boolean listed = k > triggerEnd && toks.get(k).is("including") && toks.get(k - 1).text().equals(",");
        return k >= triggerEnd && grammar.rightBlockers().contains(toks.get(k).lower()) && !listed
                && !titleChain(toks, k, triggerEnd) && !credentialsTo(toks, k, triggerEnd)
                && !partyPhrase(toks, k, triggerEnd);
    }

    /** "in the presence of Minister X": a preposition that ends a party phrase brings the name in. */
    private boolean partyPhrase(List<Token> toks, int k, int triggerEnd) {
        return k > triggerEnd && grammar.partyPhrases().contains(toks.get(k - 1).lower() + " " + toks.get(k).lower());
    }

    /** "presented her credentials to President X": "to" right after a credentials trigger names the receiver. */
    private static boolean credentialsTo(List<Token> toks, int k, int triggerEnd) {
        return k == triggerEnd && toks.get(k).is("to") && toks.get(triggerEnd - 1).is("credentials");
    }

    /** "President of the Republic of Chile Ana Ruiz": an "of" inside a title before the name. */
    private boolean titleChain(List<Token> toks, int of, int triggerEnd) {
        if (!toks.get(of).is("of")) {
            return false;
        }
        for (int i = of - 1; i >= Math.max(triggerEnd, of - 4); i--) {
            if (words.titleChainHeads().contains(toks.get(i).lower())) {
                return true;
            }
            if (!toks.get(i).isCapitalized() && !toks.get(i).is("of") && !toks.get(i).is("the")) {
                return false;
            }
        }
        return false;
    }

    /** Where the clause of a trigger starts: after "that", ";", "X, who", or a cue that opens a clause. */
    /** "Lim, who is slated to meet X": the name before "who" is the subject; -1 if none. */
    private static int whoSubject(List<Token> toks, List<Mention> mentions, int trigger) {
        for (int i = trigger - 1; i > 0; i--) {
            if (toks.get(i).is("who")) {
                int end = toks.get(i - 1).text().equals(",") ? i - 1 : i;
                for (Mention m : mentions) {
                    if (m.last() == end) {
                        return m.first();
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    private int clauseStart(List<Token> toks, int trigger) {
        for (int i = trigger - 1; i >= 0; i--) {
            String w = toks.get(i).lower();
            if (w.equals("that") || w.equals(";") || opensClause(toks, i)) {
                return i + 1;
            }
        }
        return 0;
    }

    private boolean opensClause(List<Token> toks, int i) {
        String w = toks.get(i).lower();
        if (!lex.cues().containsKey(w) || w.equals("discussed") || i + 1 >= toks.size()) {
            return false;
        }
        Token next = toks.get(i + 1);
        return next.is("he") || next.is("she") || next.isCapitalized() && next.isWord();
    }

    /** "U.S. officials", "Iranian delegation": a country word that only qualifies an unnamed group. */
    private boolean modifiesNoun(List<Token> toks, Mention m) {
        if (m.last() >= toks.size()) {
            return commonNounInside(m);
        }
        Token next = toks.get(m.last());
        if (next.is("and") || next.text().equals(",")) {
            return sharedGroupNoun(toks, m.last());
        }
        boolean demonym = m.name() != null && !m.name().equals(m.country());
        boolean commonNoun = next.isWord() && !next.isCapitalized() && !lex.isTitle(next)
                && !lex.meetingTriggers().containsKey(next.lower()) && !next.is("and");
        return grammar.groupNouns().contains(next.lower()) || commonNounInside(m) || demonym && commonNoun;
    }

    /** "his Chile and Peru counterparts": the group noun after a list of country words qualifies each. */
    private boolean sharedGroupNoun(List<Token> toks, int from) {
        for (int i = from; i < toks.size() && i < from + 6; i++) {
            Token t = toks.get(i);
            if (grammar.groupNouns().contains(t.lower())) {
                return true;
            }
            if (!t.isCapitalized() && !t.is("and") && !t.text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Russian challenge", "Norwegian fisheries": a demonym that a common noun follows inside its mention (not a
     * meeting word: "his first U.S. visit" is a visit to the country).
     */
    private boolean commonNounInside(Mention m) {
        String name = m.name() == null ? "" : m.name();
        boolean capitalSeen = false;
        for (String w : name.split(" ")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && capitalSeen) {
                return !lex.meetingTriggers().containsKey(w);
            }
            capitalSeen |= !w.isEmpty() && Character.isUpperCase(w.charAt(0));
        }
        return false;
    }

    /**
     * "the state visit of President X to Kyrgyzstan": a person right after "of" after a visit noun is the visitor,
     * the trigger's subject, and the names before the noun ("Y recalled the visit of X") are not its parties; -1 if
     * there is none.
     */
    private int visitorOf(List<Token> toks, List<Mention> mentions, int trigger, int triggerEnd) {
        boolean noun = trigger > 0 && grammar.determiners().contains(toks.get(trigger - 1).lower())
                || trigger > 1 && grammar.determiners().contains(toks.get(trigger - 2).lower());
        if (!noun || !words.visitNouns().contains(toks.get(trigger).lower()) || triggerEnd >= toks.size()
                || !toks.get(triggerEnd).is("of")) {
            return -1;
        }
        int name = triggerEnd + 1 < toks.size() && toks.get(triggerEnd + 1).is("the") ? triggerEnd + 2 : triggerEnd + 1;
        for (Mention m : mentions) {
            if (m.first() == name && m.kind() == Mention.Kind.PERSON) {
                return m.first();
            }
        }
        return -1;
    }

    /** "Putin's talks with X": a possessive name just before the trigger is its subject. */
    private static int genitiveSubject(List<Token> toks, List<Mention> mentions, int trigger) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.last() <= trigger && trigger - m.last() <= 3 && possessive(toks, m)) {
                return k > 0 && joined(toks, mentions.get(k - 1), m) ? mentions.get(k - 1).first() : m.first();
            }
        }
        return -1;
    }

    /** "Petrov and Weiss's meeting": two names joined by "and", the second possessive, own it together. */
    private static boolean joined(List<Token> toks, Mention first, Mention second) {
        int and = first.last() < toks.size() && NamePhrase.isPossessive(toks.get(first.last())) ? first.last() + 1
                : first.last();
        return second.first() - and == 1 && toks.get(and).is("and");
    }

    /**
     * "Bush’s and Gorbachev’s summit", "Petrov and Weiss's summit": a gathering word owned by two people joined by
     * "and" is their own meeting of two.
     */
    private static boolean ownedByTwo(List<Token> toks, List<Mention> mentions, int trigger) {
        for (int k = 1; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.last() <= trigger && trigger - m.last() <= 2 && possessive(toks, m)
                    && m.kind() == Mention.Kind.PERSON && joined(toks, mentions.get(k - 1), m)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLeftPerson(Coreference.Result coref, List<Mention> ms, int begin, int trigger) {
        for (Mention m : ms) {
            Entity e = coref.of(m);
            if (e != null && e.isPerson() && m.first() >= begin && m.last() <= trigger) {
                return true;
            }
        }
        return false;
    }

    private static Integer sentenceSubject(Doc doc, Coreference.Result coref, int sentence, int before) {
        List<Token> toks = doc.tokens(sentence);
        for (Mention m : doc.mentions(sentence)) {
            Entity e = coref.of(m);
            if (m.first() < before && e != null && e.isPerson() && !Coreference.afterPreposition(toks, m.first())) {
                return e.id();
            }
        }
        return null;
    }

    private static boolean possessive(List<Token> toks, Mention m) {
        if (m.kind() == Mention.Kind.PRONOUN && (m.name().equals("his") || m.name().equals("her"))) {
            return true;
        }
        return m.last() < toks.size() && NamePhrase.isPossessive(toks.get(m.last()));
    }

    private int clauseEnd(List<Token> toks, int from) {
        for (int i = from; i < toks.size(); i++) {
            String w = toks.get(i).lower();
            if (grammar.clauseEnds().contains(w) || lex.cues().containsKey(w) && !w.equals("discussed")) {
                return i;
            }
        }
        return toks.size();
    }

    /**
     * "the meeting with X was scheduled", "talks are planned for Friday": a planned word after "is"/"was", before the
     * next trigger; "met X and was scheduled to meet Y" plans only the second meeting.
     */
    private boolean plannedAfter(List<Token> toks, int trigger, int next) {
        for (int i = trigger + 1; i + 1 < Math.min(toks.size(), next) && i < trigger + PLANNED_AFTER_REACH; i++) {
            boolean be = toks.get(i).is("is") || toks.get(i).is("was") || toks.get(i).is("are")
                    || toks.get(i).is("were");
            if (be && toks.get(i - 1).is("and")) {
                return false;
            }
            if (be && lex.plannedMarkers().contains(toks.get(i + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /** How many words after "that"/"which" a planned word of a relative clause may stand. */
    private static final int RELATIVE_REACH = 3;

    /**
     * "a tour that will take them to A and B", "talks, which are expected to start": a relative clause right after
     * the trigger that a planned word (not the "to" of an infinitive) marks as yet to come.
     */
    private boolean plannedRelative(List<Token> toks, int triggerEnd) {
        int rel = triggerEnd < toks.size() && toks.get(triggerEnd).text().equals(",") ? triggerEnd + 1 : triggerEnd;
        if (rel >= toks.size() || !toks.get(rel).is("that") && !grammar.relatives().contains(toks.get(rel).lower())) {
            return false;
        }
        for (int i = rel + 1; i < Math.min(toks.size(), rel + 1 + RELATIVE_REACH); i++) {
            String w = toks.get(i).lower();
            if (!w.equals("to") && lex.plannedMarkers().contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** How many words before "to" the ordinal of "the first president to visit" may stand. */
    private static final int ORDINAL_REACH = 3;

    /** How many words a phrase of fulfilled-infinitives.txt may have. */
    private static final int FULFILLED_WORDS = 3;

    /**
     * "the first president to visit", "the only leader to meet": an ordinal a few words before the "to"; "had the
     * opportunity to talk with", "were able to meet": a phrase that tells the meeting happened ends at the "to".
     */
    private boolean ordinalBefore(List<Token> toks, int to) {
        for (int i = to - 1; i >= Math.max(0, to - FULFILLED_WORDS); i--) {
            if (fulfilled.match(toks, i) == to - i) {
                return true;
            }
        }
        for (int i = to - 1; i >= Math.max(0, to - ORDINAL_REACH); i--) {
            if (grammar.ordinals().contains(toks.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "to make an official visit", "to hold a video conference", "invited him to pay a state visit": an infinitive
     * of a light verb a few lower-case words before the trigger makes it a meeting yet to come; "to make the meeting
     * a success" names a meeting told before.
     */
    private boolean lightInfinitive(List<Token> toks, int trigger) {
        for (int i = trigger - 1; i >= 1 && trigger - i <= PURPOSE_REACH; i--) {
            Token t = toks.get(i);
            if (!t.isWord() || t.isCapitalized() || t.is("the")) {
                return false;
            }
            if (words.lightVerbs().contains(t.lower()) && toks.get(i - 1).is("to")) {
                return !ordinalBefore(toks, i - 1);
            }
        }
        return false;
    }

    /** "comes ahead of X's first visit": a planned phrase before the trigger in its clause, no comma between. */
    private boolean afterPlannedPhrase(List<Token> toks, int trigger) {
        for (int i = trigger - 1; i >= clauseStart(toks, trigger) && !toks.get(i).text().equals(","); i--) {
            int len = plannedPhrases.match(toks, i);
            if (len > 0 && i + len <= trigger) {
                return true;
            }
        }
        return false;
    }

    /**
     * "X will this afternoon, 28 June 2023, host Y for a working visit": a future auxiliary opening the clause's
     * predicate, however far time phrases push its verb, makes the trigger the clause carries a meeting to come.
     * The auxiliary must follow a capitalized subject word ("Ramaphosa will"), so "who will" and "it will" of
     * an inner clause do not count.
     */
    private boolean futureClause(List<Token> toks, int trigger) {
        for (int i = clauseStart(toks, trigger) + 1; i < trigger; i++) {
            if (grammar.futureAuxiliaries().contains(toks.get(i).lower()) && toks.get(i - 1).isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    private MeetingStatus status(List<Token> toks, int trigger, int triggerEnd, int next) {
        if (trigger > 0 && words.pastAdjectives().contains(toks.get(trigger - 1).lower())) {
            return MeetingStatus.HELD;
        }
        if (trigger > 0 && toks.get(trigger - 1).is("to") && !ordinalBefore(toks, trigger - 1)
                || lightInfinitive(toks, trigger) || afterPlannedPhrase(toks, trigger)
                || plannedAfter(toks, trigger, next)
                || plannedRelative(toks, triggerEnd) || futureClause(toks, trigger)) {
            return MeetingStatus.PLANNED;
        }
        for (int i = Math.max(0, trigger - 6); i < trigger; i++) {
            String w = toks.get(i).lower();
            if (!w.equals("to") && lex.plannedMarkers().contains(w)) {
                return MeetingStatus.PLANNED;
            }
        }
        for (int i = clauseStart(toks, trigger); i < clauseEnd(toks, triggerEnd); i++) {
            if (toks.get(i).is("tomorrow") || toks.get(i).is("next")) {
                return MeetingStatus.PLANNED;
            }
        }
        return MeetingStatus.HELD;
    }
}
