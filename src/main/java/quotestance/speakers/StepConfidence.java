package quotestance.speakers;

import java.util.EnumMap;
import java.util.Map;

import quotestance.model.QuoteCandidate;
import quotestance.model.ResolutionStep;

/**
 * How sure each resolution step is of the speaker it names, as a factor of the finding rule's confidence: the
 * one table of these numbers. A quote's {@code confidence} is the rule's times its step's, rounded to three
 * decimals.
 */
final class StepConfidence {
    /** A quote left without a speaker, whichever step left it so. */
    static final double NO_SPEAKER = 0.5;
    /** A paragraph left open that took the speaker of the quotation after it ({@link OpenParagraphs}). */
    static final double CARRIED_BACK = 0.85;

    private static final Map<ResolutionStep, Double> FACTORS = factors();

    private StepConfidence() {
    }

    private static Map<ResolutionStep, Double> factors() {
        Map<ResolutionStep, Double> f = new EnumMap<>(ResolutionStep.class);
        f.put(ResolutionStep.NAME, 1.0);
        f.put(ResolutionStep.TITLE, 0.9);
        f.put(ResolutionStep.DESCRIPTION, 0.8);
        f.put(ResolutionStep.PRONOUN, 0.9);
        f.put(ResolutionStep.FIRST_PERSON, 0.8);
        f.put(ResolutionStep.PREVIOUS_SPEAKER, 0.85);
        f.put(ResolutionStep.SALIENT_PERSON, 0.7);
        // these three name no speaker of their own
        f.put(ResolutionStep.PRONOUN_UNRESOLVED, NO_SPEAKER);
        f.put(ResolutionStep.UNRESOLVED, NO_SPEAKER);
        f.put(ResolutionStep.CONTINUED, NO_SPEAKER);
        for (ResolutionStep s : ResolutionStep.values()) {
            if (!f.containsKey(s)) throw new IllegalStateException("no confidence factor for the step " + s.label());
        }
        return Map.copyOf(f);
    }

    /** The step's factor for a speaker it names. */
    static double factor(ResolutionStep step) {
        return FACTORS.get(step);
    }

    /** The factor a quote's result applies. */
    static double factor(Resolved r) {
        if (r.speaker() == null) return NO_SPEAKER;
        return r.carriedBack() ? CARRIED_BACK : factor(r.step());
    }

    /** The quote's confidence: the finding rule's times the resolution's, to three decimals. */
    static double confidence(QuoteCandidate quote, Resolved r) {
        return Math.round(quote.confidence() * factor(r) * 1000) / 1000.0;
    }
}
