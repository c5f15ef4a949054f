package quotestance.speakers;

import org.junit.jupiter.api.Test;

import quotestance.model.ResolutionStep;

/** {@link PronounStep}: a pronoun goes to the fitting entity most recently prominent, else mentioned last. */
class PronounStepTest {
    private static final String ATTRIBUTION = "reported:clause-after-cue+pronoun";

    private final ResolverHarness harness = new ResolverHarness();

    @Test
    void sheIsTheSubjectOfTheSentenceBefore() {
        harness.expect("Mara Lind has lived by the river for forty years. She said the water had reached her porch.",
                "the water had reached", "Mara Lind", ResolutionStep.PRONOUN, ATTRIBUTION, 0.9);
    }

    @Test
    void heSkipsTheWomanWhoOpenedTheSentenceForTheManNamedAfterHer() {
        harness.expect("Ana Sol met Tomas Brekke on Monday. He said the deal was close.", "the deal was close",
                "Tomas Brekke", ResolutionStep.PRONOUN, ATTRIBUTION);
    }

    @Test
    void itIsTheInstitutionBefore() {
        harness.expect("The Northern Rail Safety Board opened an inquiry on Friday. It said the brakes had failed.",
                "the brakes had failed", "Northern Rail Safety Board", ResolutionStep.PRONOUN, ATTRIBUTION);
    }
}
