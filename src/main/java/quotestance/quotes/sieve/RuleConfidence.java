package quotestance.quotes.sieve;

import quotestance.attribution.ConfidenceTable;
import quotestance.model.AttributionRule;

/** A sieve's confidence in what it found, from the shipped table: by rule and by what the rule found. */
final class RuleConfidence {
    /** The speaker is a pronoun. */
    static final String PRONOUN_MENTION = "pronoun-mention";
    /** No speaker next to the cue. */
    static final String NO_MENTION = "no-mention";
    /** The cue is "say" or "tell". */
    static final String SAY_TELL = "say-tell";
    /** Another speech cue. */
    static final String SPEECH = "speech";
    /** A cue of belief, wish or finding, not of speech. */
    static final String BELIEF = "belief";

    private RuleConfidence() {
    }

    static double of(AttributionRule rule) {
        return of(rule, ConfidenceTable.ANY);
    }

    static double of(AttributionRule rule, String variant) {
        return ConfidenceTable.shipped().rule(rule.label(), variant);
    }

    /** The variant of a cue's clause: speech or belief. */
    static String speechOrBelief(boolean speech) {
        return speech ? SPEECH : BELIEF;
    }
}
