package quotestance.speakers;

import org.junit.jupiter.api.Test;

import quotestance.model.ResolutionStep;

/**
 * {@link ContinuedStep}: a paragraph of a quotation that runs on names no speaker itself; {@link OpenParagraphs}
 * then gives it the speaker of the paragraph that closes the quotation.
 */
class ContinuedStepTest {
    private static final String OPEN = "\"We planted the first rows in March, before the frost had gone.";

    private final ResolverHarness harness = new ResolverHarness();

    @Test
    void anOpenParagraphTakesTheSpeakerOfTheParagraphThatClosesTheQuotation() {
        String text = OPEN + "\n\n\"The harvest came early this year,\" said farmer Odile Brun.";
        harness.expect(text, "The harvest came early", "Odile Brun", ResolutionStep.NAME, "direct:cue-after-inverted+name");
        harness.expect(text, "We planted the first rows", "Odile Brun", ResolutionStep.CONTINUED, "direct:floating+continued", 0.85);
    }

    @Test
    void anOpenParagraphWithNoAttributionAfterItStaysWithoutASpeaker() {
        harness.expect(OPEN, "We planted the first rows", null, ResolutionStep.CONTINUED, "direct:floating+continued", 0.5);
    }

    @Test
    void anOpenParagraphTakesNoSpeakerFromAnUnresolvedPronoun() {
        harness.expect(OPEN + "\n\n\"It was a hard spring,\" she said.", "We planted the first rows", null,
                ResolutionStep.CONTINUED, "direct:floating+continued");
    }
}
