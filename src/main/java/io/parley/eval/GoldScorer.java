package io.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.actors.NameForm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GoldScorer scores one article's predictions against its gold annotation, exactly as the corpus's
 * {@code score.py} does: meetings are sets of participant surnames; statements are (speaker surname, gold
 * sentence) pairs, a prediction's sentence counting when it overlaps a gold sentence by half of the
 * shorter; quotes match by speaker surname and a token overlap of at least 0.8; predictions on
 * {@code ignore_sentences} count neither way.
 */
public final class GoldScorer {

    private static final Set<String> PARTICLES = Set.of("jr", "sr", "ii", "iii");
    private static final Pattern NAME_TOKEN = Pattern.compile("[a-z0-9][a-z0-9'\\-]*");
    private static final Pattern ARTICLE = Pattern.compile("^(al|el|ul)-(?=[a-z])");
    private static final String[][] TRANSLITERATIONS = {{"gh", "g"}, {"q", "g"}, {"kh", "h"}, {"ph", "f"}, {"w", "v"}};
    private static final Pattern RUN = Pattern.compile("(.)\\1+");
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private GoldScorer() {
    }

    /**
     * NFKD, combining marks dropped, lower case, as score.py's {@code norm}. Python drops the characters whose
     * canonical combining class is not 0, which the JDK does not expose; non-spacing marks are the same set for
     * every Latin, Greek and Cyrillic name and differ only for some marks of Indic scripts.
     */
    static String norm(String s) {
        return NameForm.fold(s == null ? "" : s).toLowerCase(Locale.ROOT);
    }

    /**
     * The surname the scorer compares: the last name token (suffixes such as "Jr" and "III" skipped), accents
     * dropped, a leading Arabic article dropped ("al-Jubeir" = "Jubeir"), then reduced to its transliteration
     * {@linkplain #skeleton skeleton}.
     */
    public static String surname(JsonNode name) {
        if (name == null || name.isNull()) {
            return "";
        }
        String s = name.isObject() ? textOr(name.get("name"), "") : name.asText("");
        List<String> toks = new ArrayList<>();
        Matcher m = NAME_TOKEN.matcher(norm(s));
        while (m.find()) {
            if (!PARTICLES.contains(m.group())) {
                toks.add(m.group());
            }
        }
        if (toks.isEmpty()) {
            return "";
        }
        return skeleton(ARTICLE.matcher(toks.get(toks.size() - 1)).replaceFirst(""));
    }

    /**
     * The key that transliterations of one surname share, as score.py's {@code skeleton}: gh→g, q→g, kh→h, ph→f,
     * w→v (in this order), then every run of one letter cut to one (Araghchi/Araqchi, Lavrov/Lavrow, Philipp/Filip).
     */
    static String skeleton(String surname) {
        String t = surname;
        for (String[] r : TRANSLITERATIONS) {
            t = t.replace(r[0], r[1]);
        }
        return RUN.matcher(t).replaceAll("$1");
    }

    /** Python's {@code str.strip()}: drops leading and trailing Unicode white space, no-break space included. */
    static String pyStrip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && pySpace(s.charAt(a))) {
            a++;
        }
        while (b > a && pySpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean pySpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || (c >= 0x1c && c <= 0x1f) || c == 0x85;
    }

    static String textOr(JsonNode n, String fallback) {
        return n == null || n.isNull() ? fallback : n.asText(fallback);
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(norm(s));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static double overlap(String a, String b) {
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0.0;
        }
        Map<String, Integer> ca = counts(ta);
        Map<String, Integer> cb = counts(tb);
        int inter = 0;
        for (Map.Entry<String, Integer> e : ca.entrySet()) {
            inter += Math.min(e.getValue(), cb.getOrDefault(e.getKey(), 0));
        }
        return (double) inter / Math.max(ta.size(), tb.size());
    }

    private static Map<String, Integer> counts(List<String> toks) {
        Map<String, Integer> out = new HashMap<>();
        toks.forEach(t -> out.merge(t, 1, Integer::sum));
        return out;
    }

    /** The article span a prediction's evidence points to, as score.py's {@code span_of}; null if none. */
    static int[] spanOf(String text, JsonNode ev) {
        if (ev == null || ev.isNull()) {
            return null;
        }
        if (ev.isObject()) {
            return objectSpan(text, ev);
        }
        String s = ev.asText("");
        int i = s.isEmpty() ? -1 : text.indexOf(s);
        return i >= 0 ? new int[] {i, i + s.length()} : null;
    }

    private static int[] objectSpan(String text, JsonNode ev) {
        JsonNode st = ev.get("start");
        JsonNode en = ev.get("end");
        String tx = textOr(ev.get("text"), "");
        boolean ints = st != null && st.isInt() && en != null && en.isInt();
        if (ints && 0 <= st.asInt() && st.asInt() < en.asInt() && en.asInt() <= text.length()
                && (tx.isEmpty() || pyStrip(text.substring(st.asInt(), en.asInt())).equals(pyStrip(tx)))) {
            return new int[] {st.asInt(), en.asInt()};
        }
        if (!tx.isEmpty()) {
            int i = text.indexOf(pyStrip(tx));
            if (i >= 0) {
                return new int[] {i, i + pyStrip(tx).length()};
            }
        }
        return ints ? new int[] {st.asInt(), en.asInt()} : null;
    }

    /** Scores one article; {@code pred} is an extraction as JSON (a missing one is an empty object). */
    public static ArticleScore score(String id, String text, JsonNode gold, JsonNode pred) {
        List<GoldSentence> gsent = goldSentences(text, gold);
        List<int[]> ignore = ignoreSpans(text, gold);
        Counts stm = statements(text, gsent, ignore, pred);
        Counts quo = quotes(text, gsent, ignore, gold, pred);
        if (!gold.has("meetings")) {
            return new ArticleScore(id, Counts.ZERO, stm, quo, 0, 0, 0, 0);
        }
        return meetings(id, gold, pred, stm, quo);
    }

    /** A gold statement as the scorer sees it: speaker surname key and the sentence's span (-1 if not found). */
    record GoldSentence(String speaker, int start, int end) {
    }

    static List<GoldSentence> goldSentences(String text, JsonNode gold) {
        List<GoldSentence> out = new ArrayList<>();
        for (JsonNode s : iter(gold.get("statements"))) {
            String sentence = textOr(s.get("sentence"), "");
            int i = text.indexOf(sentence);
            out.add(new GoldSentence(surname(s.get("speaker")), i, i + sentence.length()));
        }
        return out;
    }

    static List<int[]> ignoreSpans(String text, JsonNode gold) {
        List<int[]> out = new ArrayList<>();
        for (JsonNode n : iter(gold.get("ignore_sentences"))) {
            int i = text.indexOf(n.asText(""));
            if (i >= 0) {
                out.add(new int[] {i, i + n.asText("").length()});
            }
        }
        return out;
    }

    static boolean ignored(int[] span, List<GoldSentence> gsent, List<int[]> ignore) {
        if (span == null) {
            return false;
        }
        for (GoldSentence g : gsent) {
            if (Math.min(span[1], g.end()) - Math.max(span[0], g.start()) > 0) {
                return false;
            }
        }
        for (int[] ig : ignore) {
            if (Math.min(span[1], ig[1]) - Math.max(span[0], ig[0]) > 0) {
                return true;
            }
        }
        return false;
    }

    private static Counts statements(String text, List<GoldSentence> gsent, List<int[]> ignore, JsonNode pred) {
        Set<List<Object>> gunits = new HashSet<>();
        gsent.forEach(g -> gunits.add(List.of(g.speaker(), g.start())));
        Set<List<Object>> punits = new HashSet<>();
        for (JsonNode s : iter(pred.get("statements"))) {
            int[] span = spanOf(text, s.get("evidence"));
            if (!ignored(span, gsent, ignore)) {
                punits.add(List.of(surname(s.get("speaker")), unitKey(span, gsent)));
            }
        }
        Set<List<Object>> tp = new HashSet<>(gunits);
        tp.retainAll(punits);
        return new Counts(tp.size(), punits.size(), tp.size(), gunits.size());
    }

    /** The sentence a prediction counts on: the start of the gold sentence it overlaps most, else "fp:…". */
    static Object unitKey(int[] span, List<GoldSentence> gsent) {
        if (span == null) {
            return "fp:none";
        }
        Integer key = null;
        int best = 0;
        for (GoldSentence g : gsent) {
            int st = g.start();
            int en = g.end();
            int ov = Math.min(span[1], en) - Math.max(span[0], st);
            if (ov > best && ov >= 0.5 * Math.min(span[1] - span[0], en - st)) {
                best = ov;
                key = st;
            }
        }
        return key != null ? (Object) key : "fp:" + span[0] + ":" + span[1];
    }

    private static Counts quotes(String text, List<GoldSentence> gsent, List<int[]> ignore, JsonNode gold,
                                 JsonNode pred) {
        List<String[]> gq = goldQuotes(gold);
        List<String[]> pq = predictedQuotes(text, gsent, ignore, pred);
        int tp = (int) Arrays.stream(matchQuotes(gq, pq)).filter(k -> k >= 0).count();
        return new Counts(tp, pq.size(), tp, gq.size());
    }

    /** Every gold direct quote as (speaker surname, quote, speaker as written). */
    static List<String[]> goldQuotes(JsonNode gold) {
        List<String[]> gq = new ArrayList<>();
        for (JsonNode s : iter(gold.get("statements"))) {
            for (JsonNode q : iter(s.get("direct_quotes"))) {
                gq.add(new String[] {surname(s.get("speaker")), q.asText(""), speakerName(s.get("speaker"))});
            }
        }
        return gq;
    }

    /** Every predicted quote that counts, as (speaker surname, quote, index of its statement, speaker as written). */
    static List<String[]> predictedQuotes(String text, List<GoldSentence> gsent, List<int[]> ignore, JsonNode pred) {
        List<String[]> pq = new ArrayList<>();
        int i = 0;
        for (JsonNode s : iter(pred.get("statements"))) {
            String q = textOr(s.get("quote"), "");
            if (!q.isEmpty() && !ignored(spanOf(text, s.get("evidence")), gsent, ignore)) {
                pq.add(new String[] {surname(s.get("speaker")), q, Integer.toString(i),
                        speakerName(s.get("speaker"))});
            }
            i++;
        }
        return pq;
    }

    /** For each predicted quote, the gold quote it matches greedily in order (same speaker, overlap >= 0.8), or -1. */
    static int[] matchQuotes(List<String[]> gq, List<String[]> pq) {
        int[] match = new int[pq.size()];
        Set<Integer> used = new HashSet<>();
        for (int p = 0; p < pq.size(); p++) {
            match[p] = -1;
            for (int k = 0; k < gq.size(); k++) {
                if (!used.contains(k) && pq.get(p)[0].equals(gq.get(k)[0]) && overlap(pq.get(p)[1], gq.get(k)[1]) >= 0.8) {
                    used.add(k);
                    match[p] = k;
                    break;
                }
            }
        }
        return match;
    }

    private static ArticleScore meetings(String id, JsonNode gold, JsonNode pred, Counts stm, Counts quo) {
        List<JsonNode> gmNodes = list(gold.get("meetings"));
        List<JsonNode> pmNodes = list(pred.get("meetings"));
        int[] match = matchMeetings(gmNodes.stream().map(GoldScorer::parties).toList(),
                pmNodes.stream().map(GoldScorer::parties).toList());
        int tp = 0;
        int[] acc = new int[4];
        for (int p = 0; p < match.length; p++) {
            if (match[p] >= 0) {
                tp++;
                placeAndDate(gmNodes.get(match[p]), pmNodes.get(p), acc);
            }
        }
        return new ArticleScore(id, new Counts(tp, pmNodes.size(), tp, gmNodes.size()), stm, quo, acc[0], acc[1],
                acc[2], acc[3]);
    }

    /** For each predicted meeting, the gold meeting with the same surname set it matches greedily in order, or -1. */
    static int[] matchMeetings(List<Set<String>> gm, List<Set<String>> pm) {
        int[] match = new int[pm.size()];
        Set<Integer> used = new HashSet<>();
        for (int p = 0; p < pm.size(); p++) {
            match[p] = -1;
            for (int k = 0; k < gm.size(); k++) {
                if (!used.contains(k) && pm.get(p).equals(gm.get(k))) {
                    used.add(k);
                    match[p] = k;
                    break;
                }
            }
        }
        return match;
    }

    private static void placeAndDate(JsonNode g, JsonNode m, int[] acc) {
        String gl = textOr(g.get("location"), "");
        if (!gl.isEmpty()) {
            acc[1]++;
            acc[0] += norm(textOr(m.get("location"), "")).equals(norm(gl)) ? 1 : 0;
        }
        String gd = textOr(g.get("date"), "");
        if (!gd.isEmpty()) {
            acc[3]++;
            acc[2] += Objects.equals(textOr(m.get("date"), ""), gd) ? 1 : 0;
        }
    }

    static Set<String> parties(JsonNode m) {
        Set<String> out = new HashSet<>();
        for (JsonNode p : iter(m.get("participants"))) {
            out.add(surname(p));
        }
        return out;
    }

    private static String speakerName(JsonNode speaker) {
        if (speaker == null || speaker.isNull()) {
            return "";
        }
        return speaker.isObject() ? textOr(speaker.get("name"), "") : speaker.asText("");
    }

    static Iterable<JsonNode> iter(JsonNode n) {
        return n == null || !n.isArray() ? List.of() : n;
    }

    static List<JsonNode> list(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        iter(n).forEach(out::add);
        return out;
    }
}
