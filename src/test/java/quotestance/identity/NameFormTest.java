package quotestance.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameFormTest {
    private static NameForm person(String name) {
        return NameForm.of(name, false);
    }

    @Test
    void aMiddleInitialIsNoPartOfTheName() {
        assertEquals(person("Dorian Vask").formKey(), person("Dorian K. Vask").formKey());
        assertEquals("dorian-vask", person("Dorian K. Vask").idText());
    }

    @Test
    void aSuffixTellsTheSonFromTheFather() {
        NameForm son = person("Dorian Vask Jr.");
        assertEquals("jr", son.suffix());
        assertEquals("dorian-vask-jr", son.idText());
        assertNotEquals(person("Dorian Vask").formKey(), son.formKey());
        assertNotEquals(person("Dorian Vask").surnameKey(), son.surnameKey());
        assertNull(person("Dorian Vask").suffix());
    }

    @Test
    void titlesBeforeAPersonGoButABodyKeepsItsWords() {
        assertEquals("dorian-vask", person("President-elect Dorian Vask").idText());
        assertEquals("dorian-vask", person("Sens. Dorian Vask").idText());
        assertEquals("vask", person("Former President Vask").idText());
        assertTrue(person("Mr. Vask").single());
        assertEquals("state-department", NameForm.of("State Department", true).idText());
        assertEquals(2, NameForm.of("State Department", true).key().size());
    }

    @Test
    void theIdKeepsEveryLetterWhileTheKeyFoldsSpellings() {
        NameForm doubled = person("Anna Kessler");
        NameForm single = person("Ana Kesler");
        assertEquals("anna-kessler", doubled.idText());
        assertEquals("ana-kesler", single.idText());
        assertEquals(doubled.formKey(), single.formKey());
        assertEquals(person("Mohammad Bagheri").formKey(), person("Mohammed Bagheri").formKey());
        assertEquals(person("Joseph Dunmore").formKey(), person("Joe Dunmore").formKey());
    }

    @Test
    void accentsAndApostrophesFoldInTheId() {
        assertEquals("zoe-obrien", person("Zoë O'Brien").idText());
        assertEquals("renee-dubois", person("Renée Dubois's").idText());
    }

    @Test
    void theArabicArticleIsNoPartOfTheKey() {
        NameForm withArticle = person("Karim al-Hadi");
        assertEquals("karim-al-hadi", withArticle.idText());
        assertEquals(person("Karim Hadi").formKey(), withArticle.formKey());
    }
}
