package io.parley.extract;

import io.parley.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * GroupSpeakers reads a plural subject that stands for people named before ("the two leaders said", "both
 * ministers stressed", "the heads of state congratulated each other") and gives each of them the statement:
 * the most recently named people, as many as the number says (two when it says none), preferring those
 * whose title fits the head ("presidents"). The group must open the sentence: inside a clause it is usually
 * someone else's report of what the group did.
 */
final class GroupSpeakers {

    private static final Map<String, Integer> NUMBERS = numbers(Lexicon.pairs("group-numbers.txt"));
    private static final Set<String> OPENERS = Lexicon.lowerSet("group-openers.txt");
    private static final int LOOK_BACK = 8;

    private static final int ISSUER_DISTANCE = 8;

    /** The group sizes of {@code group-numbers.txt} ("two" → 2). */
    private static Map<String, Integer> numbers(Map<String, String> words) {
        Map<String, Integer> out = new java.util.HashMap<>();
        words.forEach((word, n) -> out.put(word.toLowerCase(Locale.ROOT), Integer.parseInt(n)));
        return Lexicon.frozen(out);
    }

    private final PhraseIndex heads;
    private final Set<String> topicCues;
    private final Set<String> documents;

    GroupSpeakers(SpeechWords words) {
        this.heads = new PhraseIndex(words.groupHeads(), true);
        this.topicCues = words.topicCues();
        this.documents = words.documents();
    }

    /**
     * "In a joint statement, the leaders of A and B ...", then "“...,” it said" or "the statement added": "it" or a
     * document with no issuer named, after a group that spoke and a document it issued, is the group's: one
     * attribution per member (rule {@code document-of-group}); empty when no such group spoke in the last sentences.
     */
    List<Attribution> issuers(Doc doc, Cue cue, int last, SpeakerSieves.Recent recent) {
        List<Token> toks = doc.tokens(cue.sentence());
        if (last < 0 || !isIssuerless(toks, last)) {
            return List.of();
        }
        List<Integer> members = recent.lastGroup(cue.sentence(), ISSUER_DISTANCE);
        if (members.isEmpty() || !documentBetween(doc, recent.groupSentence(), cue.sentence())) {
            return List.of();
        }
        List<Attribution> out = new ArrayList<>();
        for (int id : members) {
            out.add(new Attribution(cue.sentence(), id, cue, toks.get(last).start(), "document-of-group", null));
        }
        return out;
    }

    /** "it" or "the (joint) statement" right after a comma, a quote or the sentence start. */
    private boolean isIssuerless(List<Token> toks, int last) {
        int k = last;
        if (!toks.get(k).is("it")) {
            if (!documents.contains(toks.get(k).lower())) {
                return false;
            }
            k--;
            while (k >= 0 && (toks.get(k).is("the") || toks.get(k).is("joint"))) {
                k--;
            }
            if (k == last - 1) {
                return false;
            }
        } else {
            k--;
        }
        return k < 0 || toks.get(k).text().equals(",") || SpeakerSieves.isQuoteMark(toks.get(k).text());
    }

    /** Whether a document word ("statement", "letter") appears in sentences {@code [from, to)}. */
    private boolean documentBetween(Doc doc, int from, int to) {
        for (int s = Math.max(0, from); s < to; s++) {
            for (Token t : doc.tokens(s)) {
                if (documents.contains(t.lower())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "They also said ...": a plural pronoun that opens the clause before the cue stands for the group that spoke in
     * the last sentences, else for two people joined by "and" earlier in the sentence ("statements by A and B's
     * offices, they emphasised"): one attribution per member (rule {@code they-group}).
     */
    List<Attribution> pronounGroup(Doc doc, Coreference.Result coref, Cue cue, int last, SpeakerSieves.Recent recent) {
        List<Token> toks = doc.tokens(cue.sentence());
        if (last < 0 || !toks.get(last).is("they") || last > 0 && !toks.get(last - 1).text().equals(",")) {
            return List.of();
        }
        List<Integer> members = recent.lastGroupSpoken(cue.sentence(), 3);
        if (members.isEmpty()) {
            members = joinedPair(doc, coref, cue.sentence(), last);
        }
        List<Attribution> out = new ArrayList<>();
        for (int id : members) {
            out.add(new Attribution(cue.sentence(), id, cue, toks.get(last).start(), "they-group", null));
        }
        return out;
    }

    /**
     * "X held talks with Y, with both reaffirming their commitment to ...": "both" between "with" and a cue in -ing
     * stands for the two people the sentence names before it; one attribution each (rule {@code with-both}); empty
     * unless exactly two people are named there.
     */
    List<Attribution> withBoth(Doc doc, Coreference.Result coref, Cue cue) {
        List<Token> toks = doc.tokens(cue.sentence());
        int both = cue.first() - 1;
        if (both < 1 || !cue.text().endsWith("ing") || !toks.get(both).is("both") || !toks.get(both - 1).is("with")) {
            return List.of();
        }
        List<Integer> people = new ArrayList<>();
        for (Mention m : doc.mentions(cue.sentence())) {
            Entity e = m.first() < both ? coref.of(m) : null;
            if (e != null && e.isPerson() && !doc.quoted(m.start())) {
                addOnce(people, e.id());
            }
        }
        List<Attribution> out = new ArrayList<>();
        for (int id : people.size() == 2 ? people : List.<Integer>of()) {
            out.add(new Attribution(cue.sentence(), id, cue, toks.get(both).start(), "with-both", null));
        }
        return out;
    }

    /** The two people joined by "and" before token {@code before} ("Pashinyan and Aliyev"), or empty. */
    private static List<Integer> joinedPair(Doc doc, Coreference.Result coref, int sentence, int before) {
        List<Token> toks = doc.tokens(sentence);
        List<Mention> ms = doc.mentions(sentence);
        for (int i = 0; i + 1 < ms.size(); i++) {
            Mention a = ms.get(i);
            Mention b = ms.get(i + 1);
            Entity ea = coref.of(a);
            Entity eb = coref.of(b);
            if (b.last() <= before && b.first() == a.last() + 1 && toks.get(a.last()).is("and") && ea != null
                    && eb != null && ea.isPerson() && eb.isPerson() && ea.id() != eb.id()) {
                return List.of(ea.id(), eb.id());
            }
        }
        return List.of();
    }

    /**
     * "According to the readout, the two leaders ‘attached importance to …’": the group right after the source of
     * an "according to" opens the quote it speaks; each member speaks besides the source (rule
     * {@code according-to-group}).
     */
    List<Attribution> reportedGroup(Doc doc, Coreference.Result coref, Cue cue) {
        List<Token> toks = doc.tokens(cue.sentence());
        int comma = cue.last();
        while (comma < toks.size() && !toks.get(comma).text().equals(",")) {
            comma++;
        }
        for (int end = comma + 2; end <= Math.min(comma + 4, toks.size() - 2); end++) {
            int len = heads.match(toks, end);
            if (len > 0 && end + len < toks.size() && CueFinder.isOpeningMark(quoteMark(toks.get(end + len).text()))
                    && opensAfter(toks, comma, end)) {
                int count = count(toks, end);
                return count == 0 ? List.of() : pick(doc, coref, cue, count, toks.get(end).lower(),
                        toks.get(comma + 1).start(), "according-to-group");
            }
        }
        return List.of();
    }

    /**
     * "‘Both leaders emphasised the progress …’, the statement read": a group that opens a quoted readout is reported
     * by the readout's speaker; each member gets the sentence without the quote (rule {@code group-inside-quote}).
     */
    List<Attribution> insideQuote(Doc doc, Coreference.Result coref, Cue cue, int last) {
        List<Attribution> out = new ArrayList<>();
        for (Attribution a : members(doc, coref, cue, last)) {
            out.add(new Attribution(a.sentence(), a.entity(), a.cue(), a.mentionStart(), "group-inside-quote", null));
        }
        return out;
    }

    /**
     * "In a joint statement, the three mediators invited the parties to resume talks “…”": the group that opens the
     * clause after a framing document speaks through it, whatever its verb: the group that spoke last when it has
     * as many members as the number says, else the most recently named people (rule {@code frame-group}).
     */
    List<Attribution> frameGroup(Doc doc, Coreference.Result coref, Cue cue, SpeakerSieves.Recent recent) {
        List<Token> toks = doc.tokens(cue.sentence());
        int comma = cue.last();
        if (!toks.get(cue.first()).is("in") || comma + 2 >= toks.size() || !toks.get(comma).text().equals(",")) {
            return List.of();
        }
        for (int head = comma + 2; head <= Math.min(comma + 3, toks.size() - 1); head++) {
            if (heads.match(toks, head) > 0 && opensAfter(toks, comma, head)) {
                int count = count(toks, head);
                List<Integer> last = recent.lastGroupSpoken(cue.sentence(), ISSUER_DISTANCE);
                return count == 0 ? List.of() : last.size() == count
                        ? each(cue, last, toks.get(comma + 1).start(), "frame-group")
                        : pick(doc, coref, cue, count, toks.get(head).lower(), toks.get(comma + 1).start(), "frame-group");
            }
        }
        return List.of();
    }

    private static final Set<String> SIGNING = Lexicon.lowerSet("signing-verbs.txt");

    /**
     * "The letter signed by Qatar's emir and the presidents of the US and Egypt said …": a document that opens the
     * subject, with the parties that signed it after "by", speaks for each of them: a person named or titled, and
     * for a country the person of that country the article names, else the country (rule
     * {@code document-signatories}); empty unless two or more parties are so named.
     */
    List<Attribution> signatories(Doc doc, Coreference.Result coref, Cue cue, int last) {
        List<Token> toks = doc.tokens(cue.sentence());
        int document = -1;
        for (int k = 0; k <= Math.min(3, last - 3) && document < 0; k++) {
            if (documents.contains(toks.get(k).lower()) && SIGNING.contains(toks.get(k + 1).lower())
                    && toks.get(k + 2).is("by")) {
                document = k;
            }
            if (!toks.get(k).isWord()) {
                return List.of();
            }
        }
        if (document < 0) {
            return List.of();
        }
        List<Integer> parties = new ArrayList<>();
        for (Mention m : doc.mentions(cue.sentence())) {
            Entity e = m.first() > document + 2 && m.last() <= last + 1 ? coref.of(m) : null;
            Entity person = e != null && m.kind() == Mention.Kind.COUNTRY ? personOf(coref, e.name()) : null;
            if (e != null) {
                addOnce(parties, person != null ? person.id() : e.id());
            }
        }
        return parties.size() < 2 ? List.of() : each(cue, parties, toks.get(0).start(), "document-signatories");
    }

    private static List<Attribution> each(Cue cue, List<Integer> members, int start, String rule) {
        List<Attribution> out = new ArrayList<>();
        for (int id : members) {
            out.add(new Attribution(cue.sentence(), id, cue, start, rule, null));
        }
        return out;
    }

    private static String quoteMark(String t) {
        return t.equals("‘") ? "“" : t;
    }

    private static boolean opensAfter(List<Token> toks, int comma, int head) {
        for (int k = comma + 1; k < head; k++) {
            if (!NUMBERS.containsKey(toks.get(k).lower()) && !OPENERS.contains(toks.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    /** "the two ministers spoke about Myanmar": said of several people, the cue names a meeting's topic. */
    boolean isTopicCue(Cue cue) {
        return topicCues.contains(cue.text().toLowerCase(Locale.ROOT));
    }

    /** One attribution per member of the group that is the subject ending at token {@code last}; empty if none. */
    List<Attribution> members(Doc doc, Coreference.Result coref, Cue cue, int last) {
        List<Token> toks = doc.tokens(cue.sentence());
        if (isTopicCue(cue)) {
            return List.of();
        }
        List<Attribution> listed = countries(doc, coref, cue, last);
        if (!listed.isEmpty()) {
            return listed;
        }
        for (int start = Math.max(0, last - 3); start <= last; start++) {
            int len = heads.match(toks, start);
            if (len > 0 && start + len - 1 == last && opensSentence(toks, start)) {
                int count = count(toks, start);
                return count == 0 ? List.of() : pick(doc, coref, cue, count, toks.get(start).lower(),
                        toks.get(Math.max(0, start - 2)).start(), "group-subject");
            }
        }
        return List.of();
    }

    /**
     * "The leaders of the United States, Qatar and Egypt called for ...": one statement per listed country,
     * given to the person of that country the article names, else to the country (rule {@code group-of-countries}).
     */
    private List<Attribution> countries(Doc doc, Coreference.Result coref, Cue cue, int last) {
        List<Token> toks = doc.tokens(cue.sentence());
        List<Mention> ms = doc.mentions(cue.sentence());
        List<Mention> listed = new ArrayList<>();
        int k = last;
        while (k >= 0) {
            Mention m = SpeakerSieves.mentionEndingAt(ms, k);
            if (m != null && m.kind() == Mention.Kind.COUNTRY && m.country() != null) {
                listed.add(0, m);
                k = m.first() - 1;
            } else if (toks.get(k).text().equals(",") || toks.get(k).is("and") || toks.get(k).is("the")) {
                k--;
            } else {
                break;
            }
        }
        if (listed.size() < 2 || k < 1 || !toks.get(k).is("of") || !headEndsAt(toks, k - 1)) {
            return List.of();
        }
        List<Attribution> out = new ArrayList<>();
        for (Mention m : listed) {
            Entity e = personOf(coref, m.country());
            Entity speaker = e != null ? e : coref.of(m);
            if (speaker != null) {
                out.add(new Attribution(cue.sentence(), speaker.id(), cue, toks.get(0).start(), "group-of-countries",
                        null));
            }
        }
        return out;
    }

    private boolean headEndsAt(List<Token> toks, int end) {
        for (int start = Math.max(0, end - 3); start <= end; start++) {
            if (heads.match(toks, start) == end - start + 1 && opensSentence(toks, start)) {
                return true;
            }
        }
        return false;
    }

    /** The first person of the article from that country, or null. */
    private static Entity personOf(Coreference.Result coref, String country) {
        for (Entity e : coref.entities()) {
            if (e.isPerson() && country.equals(e.country())) {
                return e;
            }
        }
        return null;
    }

    /**
     * The group is the sentence's own subject (or follows the quote it speaks, or opens the quote that reports it),
     * not one inside a reported clause.
     */
    private static boolean opensSentence(List<Token> toks, int head) {
        int k = head - 1;
        while (k >= 0 && (NUMBERS.containsKey(toks.get(k).lower()) || OPENERS.contains(toks.get(k).lower()))) {
            k--;
        }
        return k < 0 || toks.get(k).text().equals(",") && opensWithAdverbial(toks, k) || afterDateline(toks, k)
                || SpeakerSieves.isQuoteMark(toks.get(k).text()) || CueFinder.isOpeningMark(toks.get(k).text())
                || toks.get(k).text().equals("‘");
    }

    /** "Doha: The leaders of ...": a place name and a colon open the story's first sentence. */
    private static boolean afterDateline(List<Token> toks, int colon) {
        if (colon < 1 || colon > 3 || !toks.get(colon).text().equals(":")) {
            return false;
        }
        for (int k = 0; k < colon; k++) {
            if (!toks.get(k).isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> ADVERBIAL_OPENERS = Lexicon.lowerSet("adverbial-openers.txt");

    /** "In a joint statement, the two leaders said": a short adverbial before the comma keeps the group first. */
    private static boolean opensWithAdverbial(List<Token> toks, int comma) {
        if (comma > 8 || !ADVERBIAL_OPENERS.contains(toks.get(0).lower())) {
            return false;
        }
        for (int k = 1; k < comma; k++) {
            if (toks.get(k).text().equals(",")) {
                return false;
            }
        }
        return true;
    }

    /** The group's size from the words before its head: "the two", "both", "the heads of state" (two). */
    private static int count(List<Token> toks, int head) {
        int k = head - 1;
        if (k >= 0 && NUMBERS.containsKey(toks.get(k).lower())) {
            return k > 0 && !OPENERS.contains(toks.get(k - 1).lower()) && !toks.get(k).is("both") ? 0
                    : NUMBERS.get(toks.get(k).lower());
        }
        boolean heads = toks.get(head).is("heads");
        return k >= 0 && toks.get(k).is("the") && heads ? 2 : 0;
    }

    private static List<Attribution> pick(Doc doc, Coreference.Result coref, Cue cue, int count, String head,
                                          int start, String rule) {
        List<Integer> fitting = new ArrayList<>();
        List<Integer> any = new ArrayList<>();
        String singular = head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
        for (int s = cue.sentence(); s >= Math.max(0, cue.sentence() - LOOK_BACK) && fitting.size() < count; s--) {
            List<Mention> ms = doc.mentions(s);
            for (int j = ms.size() - 1; j >= 0; j--) {
                Mention m = ms.get(j);
                Entity e = coref.of(m);
                if (e == null || !e.isPerson() || doc.isHeadline(s) || s == cue.sentence() && m.first() >= cue.first()) {
                    continue;
                }
                addOnce(any, e.id());
                if (e.title() != null && e.title().toLowerCase(Locale.ROOT).contains(singular)) {
                    addOnce(fitting, e.id());
                }
            }
        }
        List<Integer> chosen = fitting.size() >= count ? fitting : any;
        if (chosen.size() < count) {
            return List.of();
        }
        List<Attribution> out = new ArrayList<>();
        for (int id : chosen.subList(0, count)) {
            out.add(new Attribution(cue.sentence(), id, cue, start, rule, null));
        }
        return out;
    }

    private static void addOnce(List<Integer> ids, int id) {
        if (!ids.contains(id)) {
            ids.add(id);
        }
    }
}
