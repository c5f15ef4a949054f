package quotestance.speakers;

import quotestance.model.ResolutionStep;

/**
 * What resolution made of one quote: its speaker (null when none), the step that decided it, whether its
 * paragraph, left open, took the speaker of the quotation that goes on after it ({@link OpenParagraphs}), and,
 * when the speaker ranker judged it, the ranker's probability that the speaker is right (NaN otherwise).
 */
record Resolved(Entity speaker, ResolutionStep step, boolean carriedBack, double ranked) {
    /** A step's own result. */
    static Resolved by(ResolutionStep step, Entity speaker) {
        return new Resolved(speaker, step, false, Double.NaN);
    }

    /** The same step's result, with the speaker of the quotation after it. */
    Resolved carriedBackFrom(Entity next) {
        return new Resolved(next, step, true, Double.NaN);
    }

    /** The ranker's judgement: this speaker, with this probability, labelled by {@code step}. */
    Resolved rankedAs(ResolutionStep s, Entity who, double probability) {
        return new Resolved(who, s, false, probability);
    }

    boolean isRanked() {
        return !Double.isNaN(ranked);
    }
}
