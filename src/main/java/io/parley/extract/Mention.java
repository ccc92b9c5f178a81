package io.parley.extract;

/**
 * A Mention is a stretch of a sentence that names or points to an actor: tokens {@code [first, last)} of
 * sentence {@code sentence}, at text offsets {@code [start, end)}.
 *
 * @param name    the name as written (persons, institutions, organizations, countries), or {@code null}
 * @param title   the title words before or beside the name, or {@code null}
 * @param country the country of a demonym or possessive in the title, or {@code null}
 */
record Mention(int sentence, int first, int last, int start, int end, Kind kind, String name, String title,
               String country) {

    /** What a mention points to. */
    enum Kind { PERSON, TITLE, PRONOUN, INSTITUTION, ORGANIZATION, COUNTRY }

    boolean isSpeakerKind() {
        return kind != Kind.COUNTRY;
    }
}
