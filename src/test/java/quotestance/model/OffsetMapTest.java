package quotestance.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OffsetMapTest {
    @Test
    void identityWithoutSurrogates() {
        OffsetMap m = OffsetMap.of("plain text, caf\u00E9 \u201Cquoted\u201D");
        assertTrue(m.isIdentity());
        assertEquals(7, m.toCodePoint(7));
    }

    @Test
    void countsEachCharacterOutsideTheBmpOnce() {
        String text = "\uD83D\uDE00a\uD83C\uDF0D\uD83C\uDF0Dbc";
        OffsetMap m = OffsetMap.of(text);
        for (int i = 0; i <= text.length(); i++) {
            if (i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))) continue; // never a boundary
            assertEquals(text.codePointCount(0, i), m.toCodePoint(i), "at " + i);
        }
    }
}
