package io.parley.eval;

/** The kinds of error the breakdown counts, each for one fact type: meetings, statements or quotes. */
public enum MissKind {
    /** A gold meeting with no prediction on its evidence sentence and none that shares its parties. */
    MEETING_MISSED("meetings", "missed"),
    /** A predicted meeting that lacks a participant of the gold meeting it stands for. */
    MEETING_MISSING_PARTICIPANT("meetings", "missing participant"),
    /** A predicted meeting with a participant the gold meeting it stands for does not have. */
    MEETING_EXTRA_PARTICIPANT("meetings", "extra participant"),
    /** A matched meeting whose status (held, planned) differs from the gold one. */
    MEETING_WRONG_STATUS("meetings", "wrong status"),
    /** A second prediction of a gold meeting that another prediction already matched. */
    MEETING_DUPLICATE("meetings", "duplicate"),
    /** A gold meeting whose participants are spread over two or more predictions. */
    MEETING_SPLIT("meetings", "split"),
    /** A predicted meeting that stands for no gold meeting. */
    MEETING_EXTRA("meetings", "extra (no gold)"),
    /** A gold statement on a sentence where nothing with another speaker was predicted. */
    STATEMENT_MISSED("statements", "missed sentence"),
    /** A prediction on a gold statement's sentence with a named speaker the gold does not give there. */
    STATEMENT_WRONG_SPEAKER("statements", "wrong speaker"),
    /** A prediction whose speaker has no name ("officials", an empty name). */
    STATEMENT_ANONYMOUS("statements", "anonymous predicted"),
    /** A prediction on a sentence with no gold statement. */
    STATEMENT_EXTRA("statements", "extra (no gold)"),
    /** A gold quote that no predicted quote resembles. */
    QUOTE_MISSED("quotes", "missed"),
    /** A gold quote predicted with other bounds (token overlap 0.3 to 0.8, or one inside the other). */
    QUOTE_WRONG_SPAN("quotes", "wrong span"),
    /** A gold quote predicted with the right words but another speaker. */
    QUOTE_WRONG_SPEAKER("quotes", "wrong speaker"),
    /** A predicted quote that resembles no gold quote. */
    QUOTE_EXTRA("quotes", "extra (no gold)");

    private final String fact;
    private final String label;

    MissKind(String fact, String label) {
        this.fact = fact;
        this.label = label;
    }

    /** "meetings", "statements" or "quotes". */
    public String fact() {
        return fact;
    }

    /** The kind in words, as the report prints it. */
    public String label() {
        return label;
    }
}
