package quotestance.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import quotestance.model.Tokens;

class WordTokenizerTest {
    private static List<String> tokens(String text) {
        Tokens t = new WordTokenizer().tokenize(text, 0, text.length());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) out.add(t.text(text, i));
        return out;
    }

    @Test
    void wordsKeepTheirInnerMarksAndAbbreviationsTheirStop() {
        assertEquals(List.of("Maj.", "Gen.", "al-Assad", "and", "the", "U.S.", "envoy", "did", "n't", "come", "."),
                tokens("Maj. Gen. al-Assad and the U.S. envoy didn't come."));
        assertEquals(List.of("Iran's", "3,500", "troops", "left", "at", "10:30", ",", "J.", "Smith", "said", "."),
                tokens("Iran's 3,500 troops left at 10:30, J. Smith said."));
    }

    @Test
    void quotationMarksPunctuationAndEmojiStandAlone() {
        assertEquals(List.of("\u201C", "We", "won", ",", "\u201D", "she", "said", "--", "``", "yes", "''", "\uD83D\uDE00", "!"),
                tokens("\u201CWe won,\u201D she said -- ``yes'' \uD83D\uDE00!"));
    }
}
