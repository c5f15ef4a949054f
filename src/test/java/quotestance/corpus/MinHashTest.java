package quotestance.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MinHashTest {
    static final String STORY = String.join("\n\n",
            "By Ana Ruiz, Test Wire",
            "Engineers began repairing the northern dam on Monday after heavy rain cracked its spillway, the regional water board said.",
            "The board said the reservoir had been lowered by four metres and that villages downstream were not in danger.",
            "\"We are working around the clock,\" the board's chief engineer, Tomas Lind, told reporters at the site.",
            "Farmers in the valley said they had been warned late and asked for compensation for flooded fields.",
            "Repairs are expected to take three weeks and cost about 12 million euros, according to the board.");

    @Test
    void sameTextSameSignatureEvenAcrossCaseAndPunctuation() {
        int[] a = MinHash.signature(STORY);
        assertArrayEquals(a, MinHash.signature(STORY.toUpperCase().replace(",", " ;")));
        assertEquals(1.0, MinHash.similarity(a, MinHash.signature(STORY)));
    }

    @Test
    void rewrittenCopiesStayCloseAndAnotherStoryIsFar() {
        int[] original = MinHash.signature(STORY);
        String otherByline = STORY.replace("By Ana Ruiz, Test Wire", "From our correspondent in the valley");
        String trimmed = STORY.substring(0, STORY.lastIndexOf("\n\n"));
        String other = "The city council approved a new cycling lane along the river on Tuesday, after two years of"
                + " debate about parking, trees and the cost of moving the tram stop closer to the market hall.";
        assertTrue(MinHash.similarity(original, MinHash.signature(otherByline)) >= 0.7);
        assertTrue(MinHash.similarity(original, MinHash.signature(trimmed)) >= 0.7);
        assertTrue(MinHash.similarity(original, MinHash.signature(other)) < 0.2);
    }

    @Test
    void shortAndEmptyTexts() {
        assertNull(MinHash.signature(""));
        assertNull(MinHash.signature(" -- ... "));
        assertEquals(MinHash.SIZE, MinHash.signature("Two words").length);
        assertEquals(1.0, MinHash.similarity(MinHash.signature("Two words"), MinHash.signature("two WORDS!")));
    }
}
