package quotestance.quotes.sieve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import quotestance.model.QuoteCandidate;

/** A labelled copy takes the place of a quotation with no speaker of its own. */
class LabelTakesUnattributedTest {
    private final LabelTakesUnattributed step = new LabelTakesUnattributed();

    @Test
    void theLabelledCopyStays() {
        Sieved floating = Sieved.by(new FloatingSieve(), "Nina Cole: \"We will not close the library.\"");
        Sieved label = floating.then(new LabelSieve());
        List<QuoteCandidate> out = step.apply(List.of(floating.only(), label.only()), label.view());
        assertEquals(List.of(label.only()), out);
    }

    @Test
    void quotesOfOtherParagraphsStay() {
        Sieved s = Sieved.by(new FloatingSieve(), "\"We will not close the library.\"\n\n\"Nor the pool, which we will repair.\"");
        assertEquals(s.quotes(), step.apply(s.quotes(), s.view()));
    }
}
