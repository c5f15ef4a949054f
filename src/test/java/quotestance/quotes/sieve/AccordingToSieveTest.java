package quotestance.quotes.sieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import quotestance.model.AttributionRule;
import quotestance.model.MentionRule;

/** "according to" before, after or inside the clause. */
class AccordingToSieveTest {
    private final AccordingToSieve sieve = new AccordingToSieve();

    @Test
    void theSourceBeforeTheClause() {
        Sieved s = Sieved.by(sieve, "According to the fire department, the blaze started in a kitchen.");
        s.assertQuote(s.only(), "the blaze started in a kitchen", "According to", "the fire department",
                AttributionRule.REPORTED_ACCORDING_TO);
    }

    @Test
    void aDocumentGivesWayToItsOwner() {
        Sieved s = Sieved.by(sieve, "The strike will go on, according to the union's weekly statement.");
        assertEquals("The strike will go on", s.text(s.only().content()), s.describe());
        assertEquals(MentionRule.DOCUMENT_OWNER, s.only().mention().rule(), s.describe());
        assertTrue(s.text(s.only().mention().span()).startsWith("the union"), s.describe());
    }

    @Test
    void aPlainSourceIsASourcePhrase() {
        Sieved s = Sieved.by(sieve, "Turnout fell sharply, according to exit polls.");
        assertEquals("exit polls", s.text(s.only().mention().span()), s.describe());
        assertEquals(MentionRule.SOURCE_PHRASE, s.only().mention().rule());
    }

    @Test
    void aDocumentAloneNamesNoSpeaker() {
        Sieved.by(sieve, "Turnout fell sharply, according to preliminary findings.").assertNone();
    }
}
