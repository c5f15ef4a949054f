package quotestance.quotes.sieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import quotestance.model.QuoteCandidate;

/** Sign-up lines, related-story links and media labels hold no quote; the words a caption quotes stay. */
class PageFurnitureGoesTest {
    private final PageFurnitureGoes step = new PageFurnitureGoes();

    @Test
    void aSignUpLineIsNoQuoteWhateverItsCue() {
        Sieved s = Sieved.by(new ClauseAfterCueSieve(), "By signing up, you agree to our Privacy Policy.");
        assertTrue(!s.quotes().isEmpty(), s.describe());
        assertEquals(List.of(), step.apply(s.quotes(), s.view()));
    }

    @Test
    void aQuoteThatHoldsAMediaPlayersNoticeGoesButTheCaptionsQuotationStays() {
        Sieved notice = Sieved.by(new FloatingSieve(), "The dam held.\n\n\"Media playback is unsupported on your device. Media caption.\"");
        assertTrue(!notice.quotes().isEmpty(), "found: " + notice.describe());
        assertEquals(List.of(), step.apply(notice.quotes(), notice.view()));
        // the label glued to the sentence of a real quotation: the whole chain keeps the quotation
        ArticleView caption = Sieved.view("The dam held.\n\nMedia playback is unsupported on your device Media caption "
                + "Ivo Brandt: \"We rebuilt the school in a year.\"");
        List<QuoteCandidate> kept = QuoteSieves.find(caption);
        assertEquals(1, kept.size(), kept.toString());
        assertEquals("We rebuilt the school in a year.", caption.text().substring(kept.get(0).content().start(), kept.get(0).content().end()));
    }

    @Test
    void aQuotationInAnOrdinarySentenceStays() {
        Sieved s = Sieved.by(new CueAfterSieve(), "\"We read every policy twice,\" said Ivo Brandt.");
        assertEquals(s.quotes(), step.apply(s.quotes(), s.view()));
    }
}
