package quotestance.speakers;

import quotestance.attribution.ConfidenceTable;
import quotestance.model.QuoteCandidate;
import quotestance.model.ResolutionStep;

/**
 * How sure each resolution step is of the speaker it names, as a factor of the finding rule's confidence, read
 * from the shipped confidence table. A quote's {@code confidence} is the rule's times its step's, rounded to
 * three decimals.
 */
final class StepConfidence {
    private static final ConfidenceTable TABLE = ConfidenceTable.shipped();
    /** A quote left without a speaker, whichever step left it so. */
    static final double NO_SPEAKER = TABLE.step("no-speaker");
    /** A paragraph left open that took the speaker of the quotation after it ({@link OpenParagraphs}). */
    static final double CARRIED_BACK = TABLE.step("carried-back");

    private StepConfidence() {
    }

    /** The step's factor for a speaker it names. */
    static double factor(ResolutionStep step) {
        return TABLE.step(step.label());
    }

    /** The factor a quote's result applies. */
    static double factor(Resolved r) {
        if (r.speaker() == null) return NO_SPEAKER;
        return r.carriedBack() ? CARRIED_BACK : factor(r.step());
    }

    /**
     * The quote's confidence: the finding rule's times the resolution's, to three decimals; where the speaker
     * ranker judged the speaker, its probability stands for the step's factor.
     */
    static double confidence(QuoteCandidate quote, Resolved r) {
        double speaker = r.isRanked() && r.speaker() != null ? r.ranked() : factor(r);
        return Math.round(quote.confidence() * speaker * 1000) / 1000.0;
    }
}
