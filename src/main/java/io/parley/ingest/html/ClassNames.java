package io.parley.ingest.html;

import io.parley.lexicon.Lexicon;
import java.util.List;
import java.util.Locale;

/**
 * ClassNames reads what an element's class or id string says about its role: whether it names an article body,
 * a boilerplate block, or an embedded social post. CMS taxonomy classes ("category-news", "post-123") are dropped
 * first. The words are data: {@code lexicon/html-body-parts.txt}, {@code html-boilerplate-parts.txt} and
 * {@code html-embed-parts.txt} match anywhere in the lower-cased name, {@code html-boilerplate-words.txt} only as
 * whole words between whitespace, {@code -} or {@code _}, and {@code html-taxonomy-classes.txt} lists the
 * taxonomy classes.
 *
 * <p>Plain substring searches, one per word, over one short string: a regular expression with a hundred
 * alternatives tried at every position cost a tenth of the main-text time.
 */
final class ClassNames {

    private static final List<String> BODY_PARTS = Lexicon.lines("html-body-parts.txt");
    private static final List<String> BOILERPLATE_PARTS = Lexicon.lines("html-boilerplate-parts.txt");
    private static final List<String> BOILERPLATE_WORDS = Lexicon.lines("html-boilerplate-words.txt");
    private static final List<String> EMBED_PARTS = Lexicon.lines("html-embed-parts.txt");
    private static final List<String> TAXONOMY = Lexicon.lines("html-taxonomy-classes.txt");

    private ClassNames() {
    }

    /**
     * Which kinds of words a class or id string holds. The eight answers are shared instances.
     *
     * @param body        an article-body word ("article-body", "entry-content")
     * @param boilerplate a boilerplate word ("comments", "sidebar", "nav")
     * @param embed       an embedded-post word ("twitter-tweet")
     */
    record Words(boolean body, boolean boilerplate, boolean embed) {
        static final Words NONE = new Words(false, false, false);
        private static final Words[] ALL = new Words[8];

        static {
            for (int i = 0; i < ALL.length; i++) {
                ALL[i] = i == 0 ? NONE : new Words((i & 1) != 0, (i & 2) != 0, (i & 4) != 0);
            }
        }

        static Words of(boolean body, boolean boilerplate, boolean embed) {
            return ALL[(body ? 1 : 0) | (boilerplate ? 2 : 0) | (embed ? 4 : 0)];
        }
    }

    /** What a class or id string says. */
    static Words read(String classOrId) {
        String names = withoutTaxonomy(classOrId.toLowerCase(Locale.ROOT));
        if (names.isEmpty()) {
            return Words.NONE;
        }
        return Words.of(containsAny(names, BODY_PARTS),
                containsAny(names, BOILERPLATE_PARTS) || containsWord(names, BOILERPLATE_WORDS),
                containsAny(names, EMBED_PARTS));
    }

    /** The names with taxonomy classes dropped, the rest joined by single spaces. */
    static String withoutTaxonomy(String names) {
        StringBuilder out = new StringBuilder(names.length());
        int i = 0;
        while (i < names.length()) {
            int start = skipSpaces(names, i);
            int end = start;
            while (end < names.length() && !isSpace(names.charAt(end))) {
                end++;
            }
            if (end > start && !isTaxonomy(names, start, end)) {
                out.append(out.isEmpty() ? "" : " ").append(names, start, end);
            }
            i = end;
        }
        return out.toString();
    }

    private static int skipSpaces(String s, int from) {
        int i = from;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** True when {@code names[start, end)} is a taxonomy class: "PREFIX*" any rest, "PREFIX#" digits only. */
    private static boolean isTaxonomy(String names, int start, int end) {
        for (String entry : TAXONOMY) {
            String prefix = entry.substring(0, entry.length() - 1);
            if (names.startsWith(prefix, start) && start + prefix.length() <= end
                    && (entry.endsWith("*") || isDigits(names, start + prefix.length(), end))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigits(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return end > start;
    }

    private static boolean containsAny(String names, List<String> parts) {
        for (String part : parts) {
            if (names.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** True when one of the words occurs with a separator (or the end of the name) on both sides. */
    private static boolean containsWord(String names, List<String> words) {
        for (String word : words) {
            for (int i = names.indexOf(word); i >= 0; i = names.indexOf(word, i + 1)) {
                int end = i + word.length();
                if ((i == 0 || isSeparator(names.charAt(i - 1)))
                        && (end == names.length() || isSeparator(names.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return isSpace(c) || c == '-' || c == '_';
    }

    /** The characters of the regex class {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }
}
