package io.parley.eval;

/**
 * One scored prediction: its fact type ("meetings" or "statements"), the rule that produced it and whether the
 * scorer counted it right. Predictions the scorer drops (on ignored sentences, repeats of one unit) have none.
 */
public record RuleHit(String fact, String rule, boolean correct) {

    /** The rule's family: the part before the first ':' ("trigger" of "trigger:met"), or the whole name. */
    public String family() {
        int colon = rule.indexOf(':');
        return colon < 0 ? rule : rule.substring(0, colon);
    }
}
