package quotestance.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import quotestance.model.Paragraph;

class TextNormalizerTest {
    @Test
    void neverChangesTheLength() {
        String text = "\uFEFF\u201CA\u00A0b\u201D\r\nc\u200Bd \u2018e\u2019\rf\u2029g \uD83D\uDE00";
        String n = TextNormalizer.normalize(text);
        assertEquals(text.length(), n.length());
        assertEquals(" \"A b\" \nc d 'e'\nf\ng \uD83D\uDE00", n);
    }

    @Test
    void paragraphsBreakAtBlankLinesWhenThereAreAnyElseAtEveryLine() {
        String blank = "One line\nstill one paragraph.\n\n  Second.\n \n\nThird.";
        List<Paragraph> p = Paragraphs.split(blank);
        assertEquals(List.of("One line\nstill one paragraph.", "Second.", "Third."),
                p.stream().map(x -> x.span().of(blank)).toList());
        String lines = "First.\nSecond.\n";
        assertEquals(List.of("First.", "Second."), Paragraphs.split(lines).stream().map(x -> x.span().of(lines)).toList());
        assertEquals(List.of(), Paragraphs.split(" \n\t\n"));
    }
}
