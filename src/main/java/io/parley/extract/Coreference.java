package io.parley.extract;

import io.parley.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Coreference links every mention to an entity: full names first, then surnames ("Aref"), titles ("the
 * Vice-President", "the Russian president") and pronouns ("he", "she") to the person they stand for.
 */
final class Coreference {

    static final Set<String> PREPOSITIONS = Lexicon.lowerSet("governing-words.txt");
    private static final List<String> MALE_TITLES = Lexicon.lines("male-title-openers.txt");
    private static final List<String> FEMALE_TITLES = Lexicon.lines("female-title-openers.txt");
    private static final List<String> FEMALE_TITLE_WORDS = Lexicon.lines("female-title-words.txt");
    private static final List<String> FEMALE_SURNAME_ENDINGS = Lexicon.lines("female-surname-endings.txt");
    private static final Set<String> LEADER_HEADS = Lexicon.lowerSet("leader-heads.txt");
    private static final Map<String, String> HEAD_ALIASES = Lexicon.pairs("title-head-aliases.txt");

    /** A title's opening "Mr", "Mrs", "Ms" or "Dr", with its dot and the spaces after it. */
    private static final Pattern HONORIFIC = Pattern.compile("^(?i)(mr|mrs|ms|dr)\\.?\\s*");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s]+");

    private final Lexicons lex;

    Coreference(Lexicons lex) {
        this.lex = lex;
    }

    /** Entities and, for each mention, the id of its entity (absent when unresolved). */
    record Result(List<Entity> entities, Map<Mention, Integer> entityOf) {

        Entity of(Mention m) {
            Integer id = entityOf.get(m);
            return id == null ? null : entities.get(id);
        }
    }

    Result resolve(Doc doc) {
        Entities ents = new Entities(lex);
        List<Mention> all = doc.allMentions();
        Map<String, Integer> singles = new HashMap<>();
        for (Mention m : all) {
            if (!doc.isHeadline(m.sentence()) && m.kind() == Mention.Kind.PERSON && !inParentheses(doc, m)) {
                if (isFull(m)) {
                    ents.person(m, true);
                } else if (!afterPreposition(doc.tokens(m.sentence()), m.first()) && !doc.quoted(m.start())) {
                    singles.merge(m.name(), 1, Integer::sum);
                }
            }
        }
        for (Mention m : all) {
            if (m.kind() == Mention.Kind.PERSON && !isFull(m) && singles.getOrDefault(m.name(), 0) >= 2) {
                ents.person(m, true);
            }
        }
        pronounGender(doc, ents);
        Map<Mention, Integer> out = new IdentityHashMap<>(all.size());
        new Walk(doc, ents, out).run();
        titleAcronyms(doc, all, out);
        unknownCountryTitles(all, ents, out);
        return new Result(ents.freeze(), Collections.unmodifiableMap(out));
    }

    /**
     * "the French president" when no person of France is known: the one person of the article whose country
     * and title are both unknown, if there is exactly one and no other person holds a title of that country.
     */
    private static void unknownCountryTitles(List<Mention> all, Entities ents, Map<Mention, Integer> out) {
        Map<Integer, Integer> counts = new HashMap<>();
        out.values().forEach(id -> counts.merge(id, 1, Integer::sum));
        int candidate = ents.mainUntitledPerson(counts);
        if (candidate < 0) {
            return;
        }
        for (Mention m : all) {
            Integer id = out.get(m);
            if (m.kind() == Mention.Kind.TITLE && m.country() != null && id != null && !ents.isPerson(id)
                    && ents.personHead(m.title())) {
                out.put(m, candidate);
            }
        }
    }

    /**
     * The article's own evidence of a person's gender, for names the first-name list lacks: the first pronoun
     * after a subject named at the head of a sentence ("Retno said her visit ...") with no other person in between
     * (a pronoun opening the next sentence may point to anyone of the one before, so it is no evidence). A person whose pronouns are mostly feminine is female.
     */
    private static void pronounGender(Doc doc, Entities ents) {
        Map<Integer, Integer> votes = new HashMap<>();
        for (Sentence s : doc.sentences()) {
            Mention subject = leadingPerson(doc, s.index());
            int id = subject == null ? -1 : ents.person(subject, false);
            if (id >= 0) {
                votes.merge(id, nextPronoun(doc, s.index(), subject.last()), Integer::sum);
            }
        }
        votes.forEach((id, v) -> ents.markGender(id, v));
    }

    private static Mention leadingPerson(Doc doc, int sentence) {
        if (doc.isHeadline(sentence)) {
            return null;
        }
        for (Mention m : doc.mentions(sentence)) {
            if (m.kind() == Mention.Kind.PERSON && !doc.quoted(m.start())) {
                return afterPreposition(doc.tokens(sentence), m.first()) ? null : m;
            }
            if (m.kind() == Mention.Kind.PRONOUN) {
                return null;
            }
        }
        return null;
    }

    /** +1 for "she"/"her", -1 for "he"/"his"/"him", 0 when another person or no pronoun comes first. */
    private static int nextPronoun(Doc doc, int sentence, int from) {
        List<Token> toks = doc.tokens(sentence);
        for (int k = from; k < toks.size(); k++) {
            if (startsPerson(doc, sentence, k) || toks.get(k).text().startsWith("“") || toks.get(k).is("\"")) {
                return 0;
            }
            String w = toks.get(k).lower();
            if (w.equals("she") || w.equals("her")) {
                return 1;
            }
            if (w.equals("he") || w.equals("his") || w.equals("him")) {
                return -1;
            }
        }
        return 0;
    }

    private static boolean startsPerson(Doc doc, int sentence, int token) {
        for (Mention m : doc.mentions(sentence)) {
            if (m.first() == token && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.TITLE)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("\\(([A-Z]{2,6})\\)");

    /** "External Affairs Minister (EAM) S. Jaishankar" ... "the EAM said": the acronym names that person. */
    private static void titleAcronyms(Doc doc, List<Mention> all, Map<Mention, Integer> out) {
        Map<String, Integer> byAcronym = new HashMap<>();
        for (Mention m : all) {
            Integer id = out.get(m);
            if (m.kind() == Mention.Kind.PERSON && m.title() != null && id != null) {
                java.util.regex.Matcher a = ACRONYM.matcher(doc.text()).region(m.start(), m.end());
                if (a.find()) {
                    byAcronym.putIfAbsent(a.group(1), id);
                }
            }
        }
        for (Mention m : all) {
            if (m.kind() == Mention.Kind.ORGANIZATION && byAcronym.containsKey(m.name())) {
                out.put(m, byAcronym.get(m.name()));
            }
        }
    }

    private static boolean inParentheses(Doc doc, Mention m) {
        List<Token> toks = doc.tokens(m.sentence());
        return m.title() == null && m.first() > 0 && toks.get(m.first() - 1).text().equals("(");
    }

    private static boolean isFull(Mention m) {
        return m.title() != null || m.name().indexOf(' ') > 0;
    }

    /** One pass over the sentences in order, keeping the discourse focus for pronouns. */
    private final class Walk {
        private final Doc doc;
        private final Entities ents;
        private final Map<Mention, Integer> out;
        private int focus = -1;
        private int femaleFocus = -1;

        Walk(Doc doc, Entities ents, Map<Mention, Integer> out) {
            this.doc = doc;
            this.ents = ents;
            this.out = out;
        }

        void run() {
            List<Sentence> order = new ArrayList<>();
            doc.sentences().stream().filter(s -> !doc.isHeadline(s.index())).forEach(order::add);
            doc.sentences().stream().filter(s -> doc.isHeadline(s.index())).forEach(order::add);
            for (Sentence s : order) {
                boolean headline = doc.isHeadline(s.index());
                int subject = -1;
                for (Mention m : doc.mentions(s.index())) {
                    int id = resolveOne(m, headline, s);
                    if (id >= 0) {
                        out.put(m, id);
                        subject = subject < 0 && isSubject(m, id) ? id : subject;
                        ents.seen(id, m.sentence());
                        femaleFocus = ents.isFemale(id) ? id : femaleFocus;
                    }
                }
                focus = !headline && subject >= 0 ? subject : focus;
            }
        }

        private boolean isSubject(Mention m, int id) {
            return ents.isPerson(id) && !doc.quoted(m.start()) && !afterPreposition(doc.tokens(m.sentence()), m.first());
        }

        private int resolveOne(Mention m, boolean headline, Sentence s) {
            switch (m.kind()) {
                case PERSON:
                    return ents.person(m, !headline && mayCreate(m));
                case TITLE:
                    int apposed = appositiveOf(m);
                    if (apposed >= 0) {
                        ents.addTitle(apposed, m);
                        return apposed;
                    }
                    int person = opensClause(m) ? ents.focusByTitle(m, focus) : -1;
                    person = person >= 0 ? person : ents.byTitle(m);
                    person = person >= 0 ? person : ents.institutionFor(m.title(), lex);
                    return person >= 0 || m.country() == null ? person : ents.named(m.country(), Entity.Kind.COUNTRY);
                case PRONOUN:
                    return pronoun(m, s);
                case COUNTRY:
                    return ents.named(m.country() != null ? m.country() : m.name(), Entity.Kind.COUNTRY);
                default:
                    return Character.isUpperCase(m.name().charAt(0)) ? ents.named(m.name(), Entity.Kind.INSTITUTION)
                            : ents.institutionFor(m.name(), lex);
            }
        }

        /** "The minister said", "In her speech, the President stressed": a title that opens its clause. */
        private boolean opensClause(Mention title) {
            List<Token> toks = doc.tokens(title.sentence());
            int k = title.first() - 1;
            while (k >= 0 && toks.get(k).is("the")) {
                k--;
            }
            return k < 0 || toks.get(k).text().equals(",");
        }

        /** "Glyn Davies, the U.S. special representative": the person just before a title and a comma. */
        private int appositiveOf(Mention title) {
            List<Token> toks = doc.tokens(title.sentence());
            int k = title.first() - 1;
            while (k >= 0 && (toks.get(k).is("the") || toks.get(k).is("a"))) {
                k--;
            }
            if (k < 1 || !toks.get(k).text().equals(",") || closesFrontedPhrase(toks, k)
                    || doc.isHeadline(title.sentence()) && !closedInHeadline(toks, title)) {
                return -1;
            }
            for (Mention prior : doc.mentions(title.sentence())) {
                Integer id = out.get(prior);
                if (prior.last() == k && id != null && ents.isPerson(id)) {
                    return id;
                }
            }
            return -1;
        }

        /**
         * "Lavrov, Russia's top diplomat, says …" is an apposition, but "Kallas, Qatar PM discuss truce" is the
         * comma of a headline that stands for "and": in a headline a title after "Name," is apposed only when a
         * comma, a colon or the headline's end closes it.
         */
        private static boolean closedInHeadline(List<Token> toks, Mention title) {
            if (title.last() >= toks.size()) {
                return true;
            }
            String next = toks.get(title.last()).text();
            return next.equals(",") || next.equals(":") || next.equals(";");
        }

        /**
         * "During a call with X, the prime minister said": the first comma of a sentence that opens with a
         * preposition closes that phrase, so the title after it is the subject, not an apposition to X.
         */
        private static boolean closesFrontedPhrase(List<Token> toks, int comma) {
            if (!PREPOSITIONS.contains(toks.get(0).lower())) {
                return false;
            }
            for (int i = 1; i < comma; i++) {
                if (toks.get(i).text().equals(",")) {
                    return false;
                }
            }
            return true;
        }

        private boolean mayCreate(Mention m) {
            List<Token> toks = doc.tokens(m.sentence());
            if (inParentheses(doc, m)) {
                return false;
            }
            if (isFull(m)) {
                return true;
            }
            return m.last() < toks.size() && lex.cues().containsKey(toks.get(m.last()).lower());
        }

        private int pronoun(Mention m, Sentence s) {
            boolean she = m.name().equals("she") || m.name().equals("her");
            for (Mention prior : doc.mentions(s.index())) {
                if (prior.first() >= m.first()) {
                    break;
                }
                Integer id = out.get(prior);
                if (id != null && ents.isPerson(id) && ents.isFemale(id) == she && !doc.quoted(prior.start())
                        && !afterPreposition(doc.tokens(s.index()), prior.first())) {
                    return id;
                }
            }
            if (she && femaleFocus < 0 && focus >= 0 && !ents.isMale(focus)) {
                ents.markFemale(focus);
                femaleFocus = focus;
            }
            if (she) {
                return femaleFocus >= 0 ? femaleFocus : -1;
            }
            return focus >= 0 && !ents.isFemale(focus) ? focus : -1;
        }
    }

    private static boolean startsWithAny(String s, List<String> prefixes) {
        for (String p : prefixes) {
            if (s.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAny(String s, List<String> suffixes) {
        for (String p : suffixes) {
            if (s.endsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String s, List<String> parts) {
        for (String p : parts) {
            if (s.contains(p)) {
                return true;
            }
        }
        return false;
    }

    static boolean afterPreposition(List<Token> toks, int first) {
        int k = first - 1;
        while (k >= 0 && (toks.get(k).is("the") || toks.get(k).is("his") || toks.get(k).is("her"))) {
            k--;
        }
        return k >= 0 && PREPOSITIONS.contains(toks.get(k).lower());
    }

    /** The growing set of entities while resolving. */
    static final class Entities {
        private final Lexicons lex;
        private final List<Builder> all = new ArrayList<>();
        private final Map<Key, Integer> byKey = new HashMap<>();
        /** {@link Names#tokens} of every name seen, computed once per article: the same names recur in every sentence. */
        private final Map<String, List<String>> nameTokens = new HashMap<>();

        Entities(Lexicons lex) {
            this.lex = lex;
        }

        /** What makes two named entities one: their kind and the words of their name. */
        private record Key(Entity.Kind kind, List<String> tokens) {
        }

        private List<String> tokens(String name) {
            return nameTokens.computeIfAbsent(name, Names::tokens);
        }

        private final class Builder {
            String name;
            List<String> tokens;
            private String title;
            /** The title lower-cased with hyphens as spaces, as {@link #titleFits} compares it ("" for none). */
            private String titleWords = "";
            String country;
            final Entity.Kind kind;
            boolean female;
            boolean male;
            int lastSeen = -1;

            Builder(String name, Entity.Kind kind) {
                this.kind = kind;
                rename(name);
            }

            void rename(String newName) {
                name = newName;
                tokens = tokens(newName);
            }

            String title() {
                return title;
            }

            void titleIfNone(String newTitle) {
                if (title == null && newTitle != null) {
                    title = newTitle;
                    titleWords = newTitle.toLowerCase(Locale.ROOT).replace('-', ' ');
                }
            }
        }

        boolean isPerson(int id) {
            return all.get(id).kind == Entity.Kind.PERSON;
        }

        boolean isFemale(int id) {
            return all.get(id).female;
        }

        /** Marks a person's gender on the article's own pronoun evidence (never un-marks a known name). */
        void markGender(int id, int vote) {
            all.get(id).female |= vote > 0;
            all.get(id).male |= vote < 0;
        }

        /** Whether the article shows the person is a man ("Mr", "King", or "he" right after the name). */
        boolean isMale(int id) {
            Builder b = all.get(id);
            return b.male || startsWithAny(b.title() == null ? "" : b.title().toLowerCase(Locale.ROOT), MALE_TITLES);
        }

        void markFemale(int id) {
            all.get(id).female = true;
        }

        /** The person with neither country nor title mentioned most often (at least twice, no tie), or -1. */
        int mainUntitledPerson(Map<Integer, Integer> mentions) {
            int found = -1;
            int best = 2;
            boolean tie = false;
            for (int i = 0; i < all.size(); i++) {
                Builder b = all.get(i);
                int n = mentions.getOrDefault(i, 0);
                if (b.kind == Entity.Kind.PERSON && b.country == null && b.title() == null && n >= best) {
                    tie = n == best && found >= 0;
                    found = n > best || found < 0 ? i : found;
                    best = n;
                }
            }
            return tie ? -1 : found;
        }

        boolean personHead(String title) {
            String head = head(title.toLowerCase(Locale.ROOT));
            return LEADER_HEADS.contains(head);
        }

        void addTitle(int id, Mention m) {
            Builder b = all.get(id);
            if (b.title() == null) {
                b.titleIfNone(cleanTitle(m.title()));
            }
            b.country = b.country == null ? m.country() : b.country;
        }

        void seen(int id, int sentence) {
            all.get(id).lastSeen = sentence;
        }

        int named(String name, Entity.Kind kind) {
            String bare = name.regionMatches(true, 0, "the ", 0, 4) ? name.substring(4) : name;
            return byKey.computeIfAbsent(new Key(kind, tokens(bare)), k -> {
                all.add(new Builder(bare, kind));
                return all.size() - 1;
            });
        }

        int person(Mention m, boolean create) {
            int id = findPerson(m.name());
            if (id < 0 && !create) {
                return -1;
            }
            if (id < 0) {
                all.add(new Builder(m.name(), Entity.Kind.PERSON));
                id = all.size() - 1;
            }
            update(all.get(id), m);
            return id;
        }

        private void update(Builder b, Mention m) {
            if (tokens(m.name()).size() > b.tokens.size()) {
                b.rename(m.name());
            }
            String title = cleanTitle(m.title());
            b.titleIfNone(title);
            b.country = b.country == null ? m.country() : b.country;
            b.female |= isFemale(b.name, title);
            b.male |= isMister(m.title());
        }

        private static boolean isMister(String title) {
            if (title == null || !title.regionMatches(true, 0, "mr", 0, 2)) {
                return false;
            }
            return title.length() == 2 || title.charAt(2) == '.' || title.charAt(2) == ' ';
        }

        private boolean isFemale(String name, String title) {
            int space = name.indexOf(' ');
            String first = space < 0 ? name : name.substring(0, space);
            String t = title == null ? "" : title.toLowerCase(Locale.ROOT);
            List<String> words = tokens(name);
            String last = words.isEmpty() ? "" : words.get(words.size() - 1);
            boolean slavic = last.length() > 4 && endsWithAny(last, FEMALE_SURNAME_ENDINGS);
            return lex.femaleNames().contains(first) || slavic || startsWithAny(t, FEMALE_TITLES)
                    || containsAny(t, FEMALE_TITLE_WORDS);
        }

        private static String cleanTitle(String title) {
            if (title == null) {
                return null;
            }
            String t = (mayOpenWithHonorific(title) ? HONORIFIC.matcher(title).replaceFirst("") : title).strip();
            return t.isEmpty() ? null : t;
        }

        /** Whether a title starts with the letter of an {@link #HONORIFIC} at all (most do not). */
        private static boolean mayOpenWithHonorific(String title) {
            char c = title.isEmpty() ? ' ' : title.charAt(0);
            return c == 'm' || c == 'M' || c == 'd' || c == 'D';
        }

        private int findPerson(String name) {
            List<String> toks = tokens(name);
            if (toks.isEmpty()) {
                return -1;
            }
            String surname = toks.get(toks.size() - 1);
            int loose = -1;
            for (int i = 0; i < all.size(); i++) {
                Builder b = all.get(i);
                if (b.kind != Entity.Kind.PERSON) {
                    continue;
                }
                List<String> bt = b.tokens;
                if (!bt.isEmpty() && bt.get(bt.size() - 1).equals(surname)) {
                    return i;
                }
                if (loose < 0 && (toks.size() == 1 && bt.contains(surname)
                        || bt.size() == 1 && surname.equals(bt.get(0)))) {
                    loose = i;
                }
            }
            return loose;
        }

        /** The most recent institution named by a word of a lower-case reference ("the ministry spokesman"). */
        int institutionFor(String reference, Lexicons lex) {
            int best = -1;
            for (String word : reference.toLowerCase(Locale.ROOT).split(" ")) {
                if (!lex.institutionWords().contains(word)) {
                    continue;
                }
                for (int i = 0; i < all.size(); i++) {
                    Builder b = all.get(i);
                    if (b.kind == Entity.Kind.INSTITUTION && b.lastSeen >= 0
                            && b.name.toLowerCase(Locale.ROOT).contains(word)
                            && (best < 0 || b.lastSeen >= all.get(best).lastSeen)) {
                        best = i;
                    }
                }
            }
            return best;
        }

        /**
         * "Park mourned Abe. The minister said ...": a title that opens a clause names the subject of the sentences
         * before (the focus) when the title fits it, rather than the person named last.
         */
        int focusByTitle(Mention m, int focus) {
            if (focus < 0 || all.get(focus).kind != Entity.Kind.PERSON) {
                return -1;
            }
            Builder b = all.get(focus);
            return b.lastSeen >= m.sentence() - 2 && titleFits(m.title().toLowerCase(Locale.ROOT), m.country(), b)
                    ? focus : -1;
        }

        /**
         * The person a title-only mention stands for: of those whose title fits, one known to be of the mention's
         * country before one of unknown country ("Kyrgyz President" is Japarov of Kyrgyzstan, not a president
         * named without one), then the one seen last.
         */
        int byTitle(Mention m) {
            String t = m.title().toLowerCase(Locale.ROOT);
            int best = -1;
            for (int i = 0; i < all.size(); i++) {
                Builder b = all.get(i);
                if (b.kind == Entity.Kind.PERSON && b.lastSeen >= 0 && titleFits(t, m.country(), b)
                        && (best < 0 || better(b, all.get(best), m.country()))) {
                    best = i;
                }
            }
            return best;
        }

        private static boolean better(Builder b, Builder best, String country) {
            boolean known = country != null && country.equals(b.country);
            boolean bestKnown = country != null && country.equals(best.country);
            return known != bestKnown ? known : b.lastSeen >= best.lastSeen;
        }

        /** Whether {@code words} appear whole in {@code title}: "president" is not in "presidential spokesman". */
        private static boolean hasWords(String title, String words) {
            int at = title.indexOf(words);
            while (at >= 0) {
                int end = at + words.length();
                if ((at == 0 || title.charAt(at - 1) == ' ') && (end == title.length() || title.charAt(end) == ' ')) {
                    return true;
                }
                at = title.indexOf(words, at + 1);
            }
            return false;
        }

        private static boolean titleFits(String mentionTitle, String country, Builder b) {
            if (country != null && b.country != null && !country.equals(b.country)) {
                return false;
            }
            String head = head(mentionTitle);
            String bt = b.titleWords;
            if (head.equals("diplomat")) {
                return bt.contains("minister") || bt.contains("secretary") || bt.contains("diplomat")
                        || bt.contains("counterpart");
            }
            if (head.equals("counterpart")) {
                return country != null && country.equals(b.country);
            }
            return hasWords(bt, head.replace('-', ' ')) || country != null && country.equals(b.country)
                    && (head.equals("leader") || head.equals("president") && bt.contains("leader")
                    || bt.equals("counterpart"));
        }

        private static String head(String title) {
            String[] words = WHITESPACE.split(title);
            String last = words[words.length - 1];
            return HEAD_ALIASES.getOrDefault(last, last);
        }

        List<Entity> freeze() {
            List<Entity> out = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                Builder b = all.get(i);
                out.add(new Entity(i, b.name, b.title(), b.country, b.kind, b.female));
            }
            return List.copyOf(out);
        }
    }
}
