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
    void asciiShortcutFoldsAsTheGeneralRule() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "aZ09 .,;'\"-!?\t\nqQxX(){}[]/_\u2014\u2019\u201c\u201d\u2026\u2009";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = sb.toString();
            assertEquals(QuoteKey.foldedWords(text), QuoteKey.words(text), text);
        }
        for (char c = 0; c < 0x2070; c = c == 0x7F ? 0x2000 : (char) (c + 1)) {
            String text = "a" + c + "b";
            assertEquals(QuoteKey.foldedWords(text), QuoteKey.words(text), "char " + (int) c);
        }
        assertEquals("cafe", QuoteKey.words("caf\u00e9"));
    }

    @Test
    void noWordsNoKey() {
        assertNull(QuoteKey.of(" ... !? ", "person:x"));
    }
}
