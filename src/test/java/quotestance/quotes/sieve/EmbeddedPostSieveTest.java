package quotestance.quotes.sieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import quotestance.model.AttributionRule;
import quotestance.model.QuoteKind;

/** A social-media post as news sites embed it, signed by its byline. */
class EmbeddedPostSieveTest {
    private final EmbeddedPostSieve sieve = new EmbeddedPostSieve();

    @Test
    void theBylineNamesTheAuthor() {
        Sieved s = Sieved.by(sieve, "Crews worked through the night.\n\n"
                + "Crews are restoring the line along the coast road. pic.twitter.com/q7wXz \u2014 Harbor Electric (@harborelectric) April 9, 2025");
        s.assertQuote(s.only(), "Crews are restoring the line along the coast road.", null, "Harbor Electric",
                AttributionRule.DIRECT_EMBEDDED_POST);
        assertEquals(QuoteKind.INDIRECT, s.only().kind());
        assertTrue(s.claims().overlapsQuoted(s.only().content()), "the post is taken");
    }

    @Test
    void noHandleNoPost() {
        Sieved.by(sieve, "Crews are restoring the line along the coast road \u2014 Harbor Electric, April 9").assertNone();
    }
}
