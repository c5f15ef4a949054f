package quotestance.quotes.sieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import quotestance.model.AttributionRule;
import quotestance.model.QuoteKind;

/** A quotation that stands as a statement with no cue of its own. */
class FloatingSieveTest {
    private final FloatingSieve sieve = new FloatingSieve();

    @Test
    void aParagraphThatIsOnlyAQuotation() {
        Sieved s = Sieved.by(sieve, "The principal spoke for an hour.\n\n\"We will rebuild the school before the winter.\"");
        s.assertQuote(s.only(), "We will rebuild the school before the winter.", null, null, AttributionRule.DIRECT_FLOATING);
        assertEquals(QuoteKind.DIRECT, s.only().kind());
    }

    @Test
    void aTermInScareQuotesIsNoStatement() {
        Sieved.by(sieve, "The board called the scheme \"bold\" on Friday.").assertNone();
    }

    @Test
    void aQuotationLeftOpenGoesOnInTheNextParagraph() {
        Sieved s = Sieved.by(sieve, "\"We will rebuild the school before the winter, and the gym after it.\n\n\"Then we rest.\"");
        assertTrue(s.get(0).continues(), s.describe());
    }
}
