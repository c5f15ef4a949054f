package quotestance.speakers;

import org.junit.jupiter.api.Test;

import quotestance.model.ResolutionStep;

/** {@link FirstPersonStep}: "I" outside quotation marks is the speaker of the quotations around it. */
class FirstPersonStepTest {
    private static final String I_SAID = "I said that we had to leave the farm before dark.";

    private final ResolverHarness harness = new ResolverHarness();

    @Test
    void anIAfterAQuotationIsItsSpeaker() {
        harness.expect("\"The river is rising fast,\" said Mara Lind.\n\n" + I_SAID, "that we had to leave", "Mara Lind",
                ResolutionStep.FIRST_PERSON, "reported:clause-after-cue+first-person", 0.8);
    }

    @Test
    void anIWithNoSpeakerBeforeItIsLeftToThePronounSteps() {
        harness.expect(I_SAID, "that we had to leave", null, ResolutionStep.PRONOUN_UNRESOLVED,
                "reported:clause-after-cue+pronoun-unresolved");
    }
}
