package quotestance.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import quotestance.model.Article;
import quotestance.model.Sentence;
import quotestance.pipeline.ArticleAnalyzer;

class SentenceSplitterTest {
    private final ArticleAnalyzer analyzer = new ArticleAnalyzer();

    private List<String> sentences(String text) {
        return analyzer.analyze(Article.of("t", text)).sentences().stream()
                .map(s -> s.span().of(text)).toList();
    }

    @Test
    void keepsMilitaryRanksWithTheName() {
        assertEquals(List.of(
                        "Chief of Staff Maj. Gen. Mohammad Karimi visited the base on Tuesday.",
                        "He left on Wednesday."),
                sentences("Chief of Staff Maj. Gen. Mohammad Karimi visited the base on Tuesday. He left on Wednesday."));
        assertEquals(List.of("Lt. Col. Dana Whitfield of the 3rd Brigade spoke first.", "The meeting ended at noon."),
                sentences("Lt. Col. Dana Whitfield of the 3rd Brigade spoke first. The meeting ended at noon."));
    }

    @Test
    void keepsDatesNumbersAndStreetsTogether() {
        assertEquals(List.of("The talks resumed on Jan. 30 in Geneva.", "Both sides attended."),
                sentences("The talks resumed on Jan. 30 in Geneva. Both sides attended."));
        assertEquals(List.of("Protesters gathered outside No. 10 Downing Street and on St. Mark's Square."),
                sentences("Protesters gathered outside No. 10 Downing Street and on St. Mark's Square."));
        assertEquals(List.of("Dr. Lena Okafor and Mr. Piet Varga signed the letter."),
                sentences("Dr. Lena Okafor and Mr. Piet Varga signed the letter."));
    }

    @Test
    void keepsInitialsAndAcronyms() {
        assertEquals(List.of("The report by J. Smith reached the U.S. embassy late.", "It was brief."),
                sentences("The report by J. Smith reached the U.S. embassy late. It was brief."));
        assertEquals(List.of("The U.S. Treasury Department announced new measures.", "They take effect at once."),
                sentences("The U.S. Treasury Department announced new measures. They take effect at once."));
        assertEquals(List.of("Tensions rose with the U.S.", "The ministry called it a provocation."),
                sentences("Tensions rose with the U.S. The ministry called it a provocation."));
    }

    @Test
    void neverSplitsInsideAQuotationThatContinues() {
        String text = "\u201CWe will not retreat. We will not bow. We will answer,\u201D the minister said. Then he left.";
        assertEquals(List.of(
                        "\u201CWe will not retreat. We will not bow. We will answer,\u201D the minister said.",
                        "Then he left."),
                sentences(text));
        String straight = "\"Nobody expected this. Nobody!\" said Amal Haddad. The crowd cheered.";
        assertEquals(List.of("\"Nobody expected this. Nobody!\" said Amal Haddad.", "The crowd cheered."), sentences(straight));
    }

    @Test
    void keepsTheClosingMarkWithItsSentence() {
        String text = "He called it \u201Ca disgrace.\u201D The vote was delayed.";
        assertEquals(List.of("He called it \u201Ca disgrace.\u201D", "The vote was delayed."), sentences(text));
    }

    @Test
    void anUnclosedMarkDoesNotGlueTheParagraphTogether() {
        String text = "\u201CThis quotation goes on into the next paragraph. It has two sentences.\n\n"
                + "\u201CAnd here it ends,\u201D she said.";
        List<String> got = sentences(text);
        assertEquals(3, got.size(), got.toString());
    }

    @Test
    void sentencesNeverCrossParagraphs() {
        String text = "First paragraph without a full stop\n\nSecond paragraph. Two sentences here.";
        assertEquals(List.of("First paragraph without a full stop", "Second paragraph.", "Two sentences here."), sentences(text));
    }

    @Test
    void offsetsPointAtTheTextAsGivenWithEmojiCrlfAndNbsp() {
        String text = "\uD83D\uDE00\uD83C\uDF0D Crowds gathered\u00A0in the square.\r\n\r\nThe\u200B police said \u201Cstay calm.\u201D Nobody moved.";
        List<Sentence> got = analyzer.analyze(Article.of("e", text)).sentences();
        assertEquals(List.of(
                        "\uD83D\uDE00\uD83C\uDF0D Crowds gathered\u00A0in the square.",
                        "The\u200B police said \u201Cstay calm.\u201D",
                        "Nobody moved."),
                got.stream().map(s -> s.span().of(text)).toList());
        assertEquals(0, got.get(0).paragraphIndex());
        assertEquals(1, got.get(1).paragraphIndex());
    }

    @Test
    void longSentencesAreCutAtASpace() {
        String text = "word ".repeat(3000).trim();
        List<Sentence> got = analyzer.analyze(Article.of("l", text)).sentences();
        assertEquals(text.length(), got.stream().mapToInt(s -> s.span().length()).sum() + got.size() - 1);
        got.forEach(s -> assertEquals(true, s.span().length() <= SentenceSplitter.MAX_SENTENCE_CHARS));
    }
}
