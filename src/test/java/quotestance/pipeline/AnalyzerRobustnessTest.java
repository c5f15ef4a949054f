package quotestance.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import quotestance.model.Analysis;
import quotestance.model.Article;
import quotestance.model.OffsetMap;
import quotestance.model.Quote;
import quotestance.model.Sentence;
import quotestance.model.Span;

/**
 * Property-style: the analyzer never throws, and every span it returns lies on code-point boundaries of the
 * text, over generated inputs (random Unicode, marks only, no sentences, very long text).
 */
class AnalyzerRobustnessTest {
    private static final String[] PIECES = {"\"", "\u201C", "\u201D", "\u00AB", "\u00BB", "''", "``", "'", ",", ".",
            ":", " said ", " told reporters that ", " according to ", " he ", " She ", "Ayoub", "Mr.", "Gen.", " the ",
            "\n", "\n\n", "\r\n", "\u00A0", "\u200B", "\uD83D\uDE00", "\uD835\uDC00", "-", "\u2013", "?", "!", "(", ")",
            "ministry", "U.S.", "Jan. 3", " and ", " added", "\t", "  ",
            // the shapes the speaker rules look back over: brackets with commas, dashes, appositions, shares, posts
            " (R., S.C.), ", " (D-Ore.) ", " who ", " of ", " percent ", " -- ", "\u2014", " (@handle) ", " calling ",
            " 26-year-old ", " Sen. ", " and says ", " by saying ", "IRCC", " Lindsey Graham", " the agency ",
            ", however, ", " Critics ", " one in four ", " called ", "pic.twitter.com/x ", " Coach ",
            " quoted ", " as saying ", " al-Assad ", " el-", " in Gaza ", ", speaking in Cairo, ", " Secretary-General ",
            " Amir-Abdollahian ", ", adding that ",
            // one short reported clause with a quotation, the unit of a hostile article that repeats it
            " Kenya said \"no\" and ", " Kenya said \u201Cno\u201D and ", "\"No.\" "};

    private final ArticleAnalyzer analyzer = new ArticleAnalyzer();

    @Test
    void neverThrowsAndKeepsSpansOnCodePoints() {
        Random random = new Random(20261127);
        List<String> inputs = new ArrayList<>(List.of("", " ", "\n\n\n", "\"", "\"\"\"\"\"\"", "\u201C\u201C\u201C",
                ".....", "said said said", "\uD83D", "\uDE00 lone low surrogate", "\"\n\n\"\n\n\""));
        for (int n = 0; n < 400; n++) inputs.add(generated(random, 1 + random.nextInt(300)));
        for (int n = 0; n < 100; n++) inputs.add(randomUnicode(random, 1 + random.nextInt(500)));
        for (String text : inputs) check(text, true);
    }

    @Test
    void longTextsWithoutSentenceBreaks() {
        check("word\u201C said X ".repeat(20_000), false);
        check("\"".repeat(100_000), false);
        check("a".repeat(200_000), false);
        // words that rules look back over: each look is bounded, so none of these may take long
        check("of ".repeat(20_000) + "said the deal was fine.", false);
        check("Thirty percent of ".repeat(5_000) + "said so.", false);
        check("and later ".repeat(10_000) + "said it rained.", false);
        check("An aide, in a car, speaking softly, who knew, ".repeat(5_000) + "said it rained.", false);
        check("Radio quoted al-Hakim as saying ".repeat(10_000) + "it rained.", false);
        check("Officials in Gaza in Cairo at ".repeat(10_000) + "said it rained.", false);
        check("(Sen. (R-Tex.) ".repeat(10_000) + "said no.", false);
        check("Hi \u2014 Ann (@ann) May 2, 2024 ".repeat(10_000), false);
        check(("x".repeat(40) + " (@a)\n\n").repeat(20_000), false);
        check("We need a plan for the winter and we need it now. Anna Lee, mayor\n\n".repeat(10_000), false);
        check("Atomic Energy Agency staff met.\n\n" + "AEA said the site was safe. QZT said it was not.\n\n".repeat(20_000), false);
    }

    @Test
    void repeatedReportedClauseVariants() {
        for (String clause : new String[] {"Kenya said \u201Cno\u201D and ", "Kenya told reporters \"no\" and ",
                "\"no\" according to Kenya and ", "Kenya said no and ", "he said \"no\" and ", "Kenya said \"no\" and\n\n",
                "Kenya said \"no\" and\n", "Kenya said \"no\". ", "\"No,\" Kenya said. Kenya said it was fine. ",
                "Talks with the U.S. The ministry said no. ", "Kenya said \u201Cno and "}) {
            check(repeated(clause, 200_000), false);
        }
    }

    /**
     * Hang guards, not benchmarks: 2 MB of one short clause take a few seconds when every step is linear; a scan
     * of the paragraph's quotations per quotation and per sentence, or of the article's speakers per name, made
     * them take minutes.
     */
    @Test
    void twoMegabytesOfRepeatedClauses() {
        Duration guard = Duration.ofSeconds(60);
        assertTimeoutPreemptively(guard, () -> {
            Analysis a = check(repeated("Kenya said \"no\" and ", 2_000_000), false);
            assertTrue(a.stances().size() >= 100_000, "stances: " + a.stances().size());
        });
        assertTimeoutPreemptively(guard, () -> check(repeated("\"No.\" ", 2_000_000), false));
        assertTimeoutPreemptively(guard, () -> check(distinctNames(new Random(7), " said \"no\" and ", 2_000_000), false));
    }

    @Test
    void manyDistinctNames() {
        check(distinctNames(new Random(11), " arrived. \"No,\" he said. ", 200_000), false);
        check(distinctNames(new Random(13), " said \"no\" and the minister said so. ", 200_000), false);
    }

    /** Invented two-word names, each followed by {@code clause}, to {@code chars} characters. */
    private static String distinctNames(Random r, String clause, int chars) {
        String consonants = "bcdfghjklmnprstvz";
        StringBuilder sb = new StringBuilder(chars + 64);
        while (sb.length() < chars) {
            for (int word = 0; word < 2; word++) {
                if (word > 0) sb.append(' ');
                sb.append(Character.toUpperCase(consonants.charAt(r.nextInt(consonants.length()))));
                for (int k = 0; k < 3; k++) sb.append("aeiou".charAt(r.nextInt(5))).append(consonants.charAt(r.nextInt(consonants.length())));
            }
            sb.append(clause);
        }
        return sb.toString();
    }

    private static String repeated(String unit, int chars) {
        return unit.repeat(chars / unit.length());
    }

    @Test
    void fiveMillionCharactersOfNews() {
        StringBuilder sb = new StringBuilder();
        String paragraph = "\u201CWe will not leave,\u201D said Minister Ana Ruiz on Monday. She added that the talks "
                + "would resume, according to the ministry. \"The border stays open,\" she said. \uD83D\uDE00\n\n";
        while (sb.length() < 5_000_000) sb.append(paragraph);
        Analysis a = check(sb.toString(), false);
        assertTrue(a.quotes().size() > 50_000, "quotes: " + a.quotes().size());
    }

    /** @param exact also compare each quote's text with the code points its published offsets select (O(n) each) */
    private Analysis check(String text, boolean exact) {
        Analysis a = analyzer.analyze(Article.of("p", text));
        OffsetMap offsets = OffsetMap.of(text);
        for (Sentence s : a.sentences()) onBoundaries(text, s.span());
        int[] codePoints = exact ? text.codePoints().toArray() : null;
        for (Quote q : a.quotes()) {
            onBoundaries(text, q.content());
            if (q.cue() != null) onBoundaries(text, q.cue());
            if (q.speakerMention() != null) onBoundaries(text, q.speakerMention());
            assertTrue(q.confidence() >= 0 && q.confidence() <= 1);
            if (exact) { // Python's text[start:end] on the published offsets gives the quote's text
                int cpStart = offsets.toCodePoint(q.content().start());
                int cpEnd = offsets.toCodePoint(q.content().end());
                assertEquals(q.content().of(text), new String(codePoints, cpStart, cpEnd - cpStart));
            }
        }
        return a;
    }

    private static void onBoundaries(String text, Span s) {
        assertTrue(s.start() >= 0 && s.end() <= text.length() && s.start() <= s.end(), s.toString());
        assertTrue(s.start() == 0 || s.start() == text.length() || !Character.isLowSurrogate(text.charAt(s.start()))
                || !Character.isHighSurrogate(text.charAt(s.start() - 1)), "span starts inside a surrogate pair: " + s);
        assertTrue(s.end() == 0 || s.end() == text.length() || !Character.isLowSurrogate(text.charAt(s.end()))
                || !Character.isHighSurrogate(text.charAt(s.end() - 1)), "span ends inside a surrogate pair: " + s);
    }

    private static String generated(Random r, int pieces) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            if (r.nextInt(4) == 0) sb.append(Character.toChars('A' + r.nextInt(26))).append("word".substring(r.nextInt(4)));
            else sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    private static String randomUnicode(Random r, int length) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            int cp = r.nextInt(4) == 0 ? r.nextInt(0x110000) : 0x20 + r.nextInt(0x2FFF);
            if (Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF)) sb.appendCodePoint(cp);
        }
        return sb.toString();
    }
}
