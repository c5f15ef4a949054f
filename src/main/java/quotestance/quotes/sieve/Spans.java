package quotestance.quotes.sieve;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import quotestance.model.QuoteCandidate;
import quotestance.model.QuoteKind;
import quotestance.model.Span;

/** Character-level reading of a quote's span: its ends, its words, and whether it holds a quotation. */
final class Spans {
    private static final String DOUBLE_MARKS = "\"\u201C\u201D\u201E\u00AB\u00BB";

    /** "WASHINGTON, May 3 (Wire) - ", "BEIRUT - ": a dateline that opens a story is not what anybody said. */
    private static final Pattern DATELINE = Pattern.compile(
            "^[A-Z][A-Z.'/ -]*[A-Z.](?:, [A-Z][a-z]{2,9}\\.? \\d{1,2})?(?: \\([^)]{1,40}\\))? ?[-\u2013\u2014]+ ");

    private Spans() {
    }

    /** {@code mixed} when the span holds a quotation, {@code indirect} otherwise. */
    static QuoteKind kindOf(String text, Span content) {
        int quotes = 0;
        for (int i = content.start(); i < content.end(); i++) {
            if (DOUBLE_MARKS.indexOf(text.charAt(i)) >= 0) quotes++;
        }
        return quotes >= 2 ? QuoteKind.MIXED : QuoteKind.INDIRECT;
    }

    /** The candidate with other content, its kind read again, as a quote of one paragraph. */
    static QuoteCandidate withContent(String text, QuoteCandidate c, Span content) {
        return new QuoteCandidate(content, kindOf(text, content), c.cue(), c.cueLemma(), c.mention(), c.rule(),
                c.confidence(), c.sentenceIndex(), c.paragraphIndex(), false);
    }

    /** Without surrounding spaces, a dateline, and the closing punctuation outside a quotation; null when nothing is left. */
    static Span trimTail(String text, Span s) {
        int a = s.start();
        Matcher d = DATELINE.matcher(text).region(s.start(), Math.min(s.end(), s.start() + 80));
        if (d.lookingAt()) a = d.end();
        int b = s.end();
        while (a < b && Character.isWhitespace(text.charAt(a))) a++;
        while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || ".,;:!?\u2014\u2013-".indexOf(text.charAt(b - 1)) >= 0)) b--;
        return a < b ? new Span(a, b) : null;
    }

    /** Without surrounding spaces; null when nothing is left. */
    static Span trim(String text, Span s) {
        int a = s.start();
        int b = s.end();
        while (a < b && Character.isWhitespace(text.charAt(a))) a++;
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
        return a < b ? new Span(a, b) : null;
    }

    static int wordCount(String text, Span s) {
        int n = 0;
        boolean inWord = false;
        for (int i = s.start(); i < s.end(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) n++;
            inWord = letter;
        }
        return n;
    }

    static char firstLetter(String text, Span s) {
        for (int i = s.start(); i < s.end(); i++) {
            if (Character.isLetter(text.charAt(i))) return text.charAt(i);
        }
        return 'a';
    }

    static boolean endsWithComma(String text, Span content) {
        int e = content.end();
        while (e > content.start() && Character.isWhitespace(text.charAt(e - 1))) e--;
        return e > content.start() && text.charAt(e - 1) == ',';
    }

    /** Whether a word (a letter or digit) comes next after {@code from}, before {@code end}, past spaces only. */
    static boolean wordFollows(String text, int from, int end) {
        int i = from;
        while (i < end && text.charAt(i) == ' ') i++;
        return i < end && Character.isLetterOrDigit(text.charAt(i));
    }

    static boolean isQuoteChar(char c) {
        return "\"'`\u2018\u2019\u201C\u201D\u00AB\u00BB".indexOf(c) >= 0;
    }
}
