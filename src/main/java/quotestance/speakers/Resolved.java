package quotestance.speakers;

import quotestance.model.ResolutionStep;

/**
 * What resolution made of one quote: its speaker (null when none), the step that decided it, and whether its
 * paragraph, left open, took the speaker of the quotation that goes on after it ({@link OpenParagraphs}).
 */
record Resolved(Entity speaker, ResolutionStep step, boolean carriedBack) {
    /** A step's own result. */
    static Resolved by(ResolutionStep step, Entity speaker) {
        return new Resolved(speaker, step, false);
    }

    /** The same step's result, with the speaker of the quotation after it. */
    Resolved carriedBackFrom(Entity next) {
        return new Resolved(next, step, true);
    }
}
