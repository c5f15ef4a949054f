package quotestance.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import quotestance.model.Span;

class QuotationMarksTest {
    private static List<String> contents(String text) {
        return QuotationMarks.find(text, new Span(0, text.length())).stream()
                .map(q -> (q.closed() ? "" : "OPEN:") + q.content().of(text)).toList();
    }

    @Test
    void pairsCurlyStraightGuillemetsAndDoubledSingles() {
        assertEquals(List.of("We won,", "Now we rest."), contents("\u201CWe won,\u201D she said. \u201CNow we rest.\u201D"));
        assertEquals(List.of("We won,", "Now we rest."), contents("\"We won,\" she said. \"Now we rest.\""));
        assertEquals(List.of("Oui,"), contents("\u00ABOui,\u00BB dit-il."));
        assertEquals(List.of("That cannot stand."), contents("``That cannot stand,'' he said.".replace("stand,", "stand.")));
        assertEquals(List.of("Wir kommen"), contents("\u201EWir kommen\u201C, sagte er."));
    }

    @Test
    void aMarkLeftOpenRunsToTheParagraphEndAndNoFurther() {
        assertEquals(List.of("OPEN:This goes on"), contents("He said: \u201CThis goes on"));
        assertEquals(List.of("OPEN:first", "second"), contents("\u201Cfirst \u201Csecond\u201D"));
    }

    @Test
    void aStrayClosingMarkPairsWithNothing() {
        assertEquals(List.of("real"), contents("a 12\" pipe and \"real\" words".replace("12\" pipe", "twelve\u201D pipe")));
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        assertEquals(List.of(), contents("It's the minister's view, and the people's."));
    }
}
