package io.parley.extract;

import io.parley.actors.NameForm;
import io.parley.lexicon.Lexicon;
import io.parley.model.Actor;
import io.parley.model.Meeting;
import io.parley.model.MeetingKind;
import io.parley.model.MeetingRef;
import io.parley.model.MeetingStatus;
import io.parley.model.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * SaidAtMeeting links a statement to the meeting its sentence places it at: "said after the talks", "During the
 * call, X stressed …", "told a joint press conference with Y". A phrase of {@code lexicon/at-meeting.txt} must stand
 * in the clause of the speech cue (before the cue, or within a few words after it with only the words of
 * {@code lexicon/at-meeting-gaps.txt} between, such as "told reporters on Monday after the talks",
 * never inside quoted words), and the speaker must be a participant of a held meeting of a kind the phrase allows
 * (and of every person named right after it, "with Y"). Of those meetings it takes, by rule: one told in the same
 * sentence ({@value #SAME_SENTENCE}), else the latest told before ({@value #TOLD_BEFORE}), else the only one, told
 * after ({@value #TOLD_AFTER}). Pure: the same statements and meetings always give the same links.
 */
final class SaidAtMeeting {

    static final String SAME_SENTENCE = "at-meeting:same-sentence";
    static final String TOLD_BEFORE = "at-meeting:told-before";
    static final String TOLD_AFTER = "at-meeting:told-after";

    /** How many tokens after the cue a phrase may start ("told reporters on Monday after the talks"). */
    private static final int NEAR_CUE = 4;
    private static final Set<MeetingKind> CALLS = EnumSet.of(MeetingKind.PHONE_CALL, MeetingKind.VIDEO_CALL);

    private final PhraseIndex phrases;
    private final Map<String, Set<MeetingKind>> kinds;
    private final Set<String> gaps;

    /**
     * @param phraseKinds each placing phrase and the kinds of meeting it can name ({@code call}, {@code in-person},
     *                    {@code any})
     * @param gaps        the lower-case words that may stand between the cue and a phrase after it
     */
    SaidAtMeeting(Map<String, String> phraseKinds, Set<String> gaps) {
        this.gaps = Set.copyOf(gaps);
        this.phrases = new PhraseIndex(phraseKinds.keySet(), true);
        Map<String, Set<MeetingKind>> byPhrase = new HashMap<>();
        phraseKinds.forEach((phrase, kind) -> byPhrase.put(phrase, kindsOf(kind)));
        this.kinds = Map.copyOf(byPhrase);
    }

    /** The linker over {@code lexicon/at-meeting.txt}. */
    static SaidAtMeeting load() {
        return new SaidAtMeeting(Lexicon.pairs("at-meeting.txt"), Lexicon.lowerSet("at-meeting-gaps.txt"));
    }

    private static Set<MeetingKind> kindsOf(String kind) {
        return switch (kind) {
            case "call" -> CALLS;
            case "in-person" -> EnumSet.complementOf(EnumSet.copyOf(CALLS));
            case "any" -> EnumSet.allOf(MeetingKind.class);
            default -> throw new IllegalStateException("at-meeting.txt: unknown kind " + kind);
        };
    }

    /** The statements, each placed at the meeting its sentence names (the others unchanged), in the same order. */
    List<Statement> link(Doc doc, List<Meeting> meetings, List<Statement> statements) {
        if (meetings.isEmpty()) {
            return statements;
        }
        List<Statement> out = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            out.add(place(doc, meetings, s).map(s::atMeeting).orElse(s));
        }
        return out;
    }

    private Optional<MeetingRef> place(Doc doc, List<Meeting> meetings, Statement s) {
        int sentence = doc.sentenceAt(s.evidence().start());
        if (sentence < 0 || s.cue() == null) {
            return Optional.empty();
        }
        return placing(doc, sentence, s.cue()).flatMap(p -> choose(doc.sentences().get(sentence), meetings, s.speaker(), p));
    }

    /** The words that place a statement at a meeting: the phrase, the kinds it allows, the people it names. */
    record Placing(String phrase, Set<MeetingKind> kinds, List<String> withSurnames) {
    }

    /** The first phrase of the sentence in the cue's clause, or empty. */
    Optional<Placing> placing(Doc doc, int sentence, String cue) {
        List<Token> toks = doc.tokens(sentence);
        int cueAt = cueToken(doc, toks, cue);
        if (cueAt < 0) {
            return Optional.empty();
        }
        for (int i = 0; i < toks.size(); i++) {
            int len = phrases.match(toks, i);
            if (len > 0 && obstacle(doc, toks, i, cueAt) == null) {
                String phrase = phrases.phrase(toks, i, len);
                return Optional.of(new Placing(phrase, kinds.get(phrase), named(doc, sentence, toks, i + len)));
            }
        }
        return Optional.empty();
    }

    /** Why the phrase at token {@code at} cannot place the statement of the cue at {@code cueAt}, or null. */
    private String obstacle(Doc doc, List<Token> toks, int at, int cueAt) {
        if (doc.quoted(toks.get(at).start())) {
            return "it stands inside quoted words";
        }
        return inCueClause(toks, at, cueAt) ? null : "it is not in the clause of the cue";
    }

    /** The first token outside quotes where the cue's words stand, or -1. */
    private static int cueToken(Doc doc, List<Token> toks, String cue) {
        String[] words = cue.toLowerCase(Locale.ROOT).split(" ");
        for (int i = 0; i + words.length <= toks.size(); i++) {
            if (!doc.quoted(toks.get(i).start()) && startsWith(toks, i, words)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(List<Token> toks, int i, String[] words) {
        for (int k = 0; k < words.length; k++) {
            if (!toks.get(i + k).lower().equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    /** Before the cue, or a few words after it with only words of {@code at-meeting-gaps.txt} between. */
    private boolean inCueClause(List<Token> toks, int phraseAt, int cueAt) {
        if (phraseAt < cueAt) {
            return true;
        }
        if (phraseAt - cueAt > NEAR_CUE) {
            return false;
        }
        for (int j = cueAt + 1; j < phraseAt; j++) {
            if (!gaps.contains(toks.get(j).lower())) {
                return false;
            }
        }
        return true;
    }

    /** The surnames of the people named right after the phrase, "with Y and Z", up to the clause's end. */
    private static List<String> named(Doc doc, int sentence, List<Token> toks, int after) {
        if (after >= toks.size() || !toks.get(after).lower().equals("with")) {
            return List.of();
        }
        int end = after + 1;
        while (end < toks.size() && (toks.get(end).isWord() || toks.get(end).text().equals("-"))) {
            end++;
        }
        List<String> out = new ArrayList<>();
        for (Mention m : doc.mentions(sentence)) {
            if (m.kind() == Mention.Kind.PERSON && m.first() > after && m.first() < end && m.name() != null) {
                out.add(NameForm.surname(m.name()));
            }
        }
        return out;
    }

    private static Optional<MeetingRef> choose(Sentence sentence, List<Meeting> meetings, Actor speaker, Placing p) {
        List<Integer> fit = new ArrayList<>();
        for (int i = 0; i < meetings.size(); i++) {
            if (fits(meetings.get(i), speaker, p)) {
                fit.add(i);
            }
        }
        Integer same = null;
        Integer before = null;
        for (int i : fit) {
            Meeting m = meetings.get(i);
            if (sentence.overlaps(m.evidence().start(), m.evidence().end()) && same == null) {
                same = i;
            } else if (m.evidence().end() <= sentence.start()
                    && (before == null || m.evidence().start() >= meetings.get(before).evidence().start())) {
                before = i;
            }
        }
        if (same != null) {
            return Optional.of(new MeetingRef(same, p.phrase(), SAME_SENTENCE));
        }
        if (before != null) {
            return Optional.of(new MeetingRef(before, p.phrase(), TOLD_BEFORE));
        }
        return fit.size() == 1 ? Optional.of(new MeetingRef(fit.get(0), p.phrase(), TOLD_AFTER)) : Optional.empty();
    }

    /** A held meeting of an allowed kind with the speaker and every person the phrase names among its parties. */
    private static boolean fits(Meeting m, Actor speaker, Placing p) {
        return misfit(m, speaker, p) == null;
    }

    /** The first test of {@link #fits} a meeting fails, in the order they are made; later ones got further. */
    private enum Misfit { NOT_HELD, KIND, SPEAKER, NAMED }

    /** The first test the meeting fails as a place of the speaker's words, or null when it fits. */
    private static Misfit misfit(Meeting m, Actor speaker, Placing p) {
        if (m.status() != MeetingStatus.HELD) {
            return Misfit.NOT_HELD;
        }
        if (!p.kinds().contains(m.kind())) {
            return Misfit.KIND;
        }
        if (m.participants().stream().noneMatch(a -> samePerson(a, speaker))) {
            return Misfit.SPEAKER;
        }
        boolean named = p.withSurnames().stream().allMatch(s -> m.participants().stream()
                .anyMatch(a -> NameForm.surname(a.name()).equals(s)));
        return named ? null : Misfit.NAMED;
    }

    /**
     * Why a statement whose sentence holds a placing phrase was placed at no meeting ("'after the talks' fits no
     * meeting: the speaker Lars Berge is at no held meeting of a kind it allows"), for {@code parley extract
     * --explain}; empty when the statement was placed or its sentence holds no phrase. It runs the tests that
     * {@link #link} runs.
     */
    Optional<String> whyUnplaced(Doc doc, List<Meeting> meetings, Statement s) {
        int sentence = doc.sentenceAt(s.evidence().start());
        if (s.meeting() != null || sentence < 0) {
            return Optional.empty();
        }
        Optional<Placing> p = s.cue() == null ? Optional.empty() : placing(doc, sentence, s.cue());
        return p.isPresent()
                ? Optional.of("'" + p.get().phrase() + "' fits no meeting: " + unfit(meetings, s.speaker(), p.get()))
                : unusable(doc, sentence, s.cue());
    }

    /** Why the first phrase of a sentence that gave no placing places nothing, or empty when it holds none. */
    private Optional<String> unusable(Doc doc, int sentence, String cue) {
        List<Token> toks = doc.tokens(sentence);
        int cueAt = cue == null ? -1 : cueToken(doc, toks, cue);
        for (int i = 0; i < toks.size(); i++) {
            int len = phrases.match(toks, i);
            if (len > 0) {
                String why = cueAt < 0 ? "no speech cue outside quotes to read it by" : obstacle(doc, toks, i, cueAt);
                return Optional.of("'" + phrases.phrase(toks, i, len) + "' places nothing: " + why);
            }
        }
        return Optional.empty();
    }

    /** Why no meeting was chosen for a placing, told by the meeting that passed the most tests of {@link #fits}. */
    private static String unfit(List<Meeting> meetings, Actor speaker, Placing p) {
        if (meetings.isEmpty()) {
            return "the article tells no meeting";
        }
        Misfit best = Misfit.NOT_HELD;
        int fitting = 0;
        for (Meeting m : meetings) {
            Misfit f = misfit(m, speaker, p);
            if (f == null) {
                fitting++;
            } else if (f.compareTo(best) > 0) {
                best = f;
            }
        }
        if (fitting > 0) {
            return fitting + " meetings fit, none told in its sentence or before it";
        }
        return switch (best) {
            case NOT_HELD -> "no meeting of the article is held";
            case KIND -> "no held meeting is of a kind it allows " + p.kinds();
            case SPEAKER -> "the speaker " + (speaker == null ? null : speaker.name())
                    + " is at no held meeting of a kind it allows";
            case NAMED -> "no held meeting of the speaker's also has the people named with it " + p.withSurnames();
        };
    }

    /** The same name, or the same surname where one side gives no given name or both give the same first one. */
    static boolean samePerson(Actor a, Actor b) {
        if (a == null || b == null || a.name() == null || b.name() == null) {
            return false;
        }
        String surname = NameForm.surname(a.name());
        if (surname.isEmpty() || !surname.equals(NameForm.surname(b.name()))) {
            return false;
        }
        List<String> ga = NameForm.givenNames(a.name());
        List<String> gb = NameForm.givenNames(b.name());
        return ga.isEmpty() || gb.isEmpty() || ga.get(0).equals(gb.get(0));
    }
}
