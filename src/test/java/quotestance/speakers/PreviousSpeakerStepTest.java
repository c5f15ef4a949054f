package quotestance.speakers;

import org.junit.jupiter.api.Test;

import quotestance.model.ResolutionStep;

/** {@link PreviousSpeakerStep}: a quote with no cue goes to the speaker of the quote shortly before it. */
class PreviousSpeakerStepTest {
    private static final String SPEAKER = "\"The levee held through the night,\" said engineer Tomas Reyes.\n\n";
    private static final String FLOATING = "\"We were lucky this time, and we know it.\"";

    private final ResolverHarness harness = new ResolverHarness();

    @Test
    void aQuotationWithoutACueInTheNextParagraphIsTheSpeakerBefore() {
        harness.expect(SPEAKER + FLOATING, "We were lucky", "Tomas Reyes", ResolutionStep.PREVIOUS_SPEAKER,
                "direct:floating+previous-speaker", 0.85);
    }

    @Test
    void aQuotationInTheSameParagraphToo() {
        harness.expect("Ilse Varga spoke first. \"The bridge will open in May,\" Varga said. \"We are sure of it.\"",
                "We are sure of it", "Ilse Varga", ResolutionStep.PREVIOUS_SPEAKER, "direct:floating+previous-speaker");
    }

    @Test
    void moreThanTwoParagraphsLaterTheSpeakerIsOnlyTheSalientPerson() {
        harness.expect(SPEAKER + "The water fell by a metre on Tuesday.\n\nCrews cleared the roads on Wednesday.\n\n"
                + "Schools reopened on Thursday.\n\n" + FLOATING, "We were lucky", "Tomas Reyes",
                ResolutionStep.SALIENT_PERSON, "direct:floating+salient-person");
    }
}
