package quotestance.speakers;

import org.junit.jupiter.api.Test;

import quotestance.model.ResolutionStep;

/** {@link PronounUnresolvedStep}: a pronoun with no fitting entity before it names no speaker. */
class PronounUnresolvedStepTest {
    private static final String ATTRIBUTION = "reported:clause-after-cue+pronoun-unresolved";

    private final ResolverHarness harness = new ResolverHarness();

    @Test
    void sheWithNoOneBeforeHer() {
        harness.expect("She said the vote had been rigged from the start.", "the vote had been rigged", null,
                ResolutionStep.PRONOUN_UNRESOLVED, ATTRIBUTION, 0.5);
    }

    @Test
    void weIsNoOneTheArticleNamed() {
        harness.expect("Mara Lind has lived by the river for forty years. We said the plan would not work.",
                "the plan would not work", null, ResolutionStep.PRONOUN_UNRESOLVED, ATTRIBUTION);
    }
}
