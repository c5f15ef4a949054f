package quotestance.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class QuoteKeyTest {
    @Test
    void samePunctuatedDifferentlyIsOneKey() {
        String k = QuoteKey.of("We won't accept this \u2014 not now, not ever.", "person:ana-ruiz");
        assertEquals(k, QuoteKey.of("we won\u2019t accept this... not now; not ever", "person:ana-ruiz"));
        assertEquals(k, QuoteKey.of("  \"We won't accept this - not now, not ever!\"  ", "person:ana-ruiz"));
        assertEquals(k, QuoteKey.of("We won't accept this, not now, not ever.", "person:ana-ruiz"));
    }

    @Test
    void accentsAndCaseFold() {
        assertEquals(QuoteKey.of("Café Señor Zoë", "person:x"), QuoteKey.of("cafe senor ZOE", "person:x"));
    }

    @Test
    void otherWordsOrOtherSpeakerIsAnotherKey() {
        String k = QuoteKey.of("We will not accept this.", "person:ana-ruiz");
        assertNotEquals(k, QuoteKey.of("We will accept this.", "person:ana-ruiz"));
        assertNotEquals(k, QuoteKey.of("We will not accept this.", "person:leila-noor"));
        assertNotEquals(k, QuoteKey.of("We will not accept this.", null));
    }

    @Test
    void descriptionsMeetAcrossArticlesButNamedSpeakersKeepTheirIds() {
        assertEquals(QuoteKey.of("Talks are over.", "article:0123456789ab:the-ministry"),
                QuoteKey.of("Talks are over", "article:ba9876543210:the-ministry"));
        assertEquals("person:ana-ruiz", QuoteKey.speakerPart("person:ana-ruiz"));
        assertEquals("desc:the-ministry", QuoteKey.speakerPart("article:0123456789ab:the-ministry"));
        assertEquals(QuoteKey.UNKNOWN_SPEAKER, QuoteKey.speakerPart(null));
    }

    @Test
    void noWordsNoKey() {
        assertNull(QuoteKey.of(" ... !? ", "person:x"));
    }
}
