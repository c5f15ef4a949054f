package quotestance.text;

import java.util.ArrayList;
import java.util.List;

import quotestance.model.Paragraph;
import quotestance.model.Span;

/**
 * Splits a (normalised) text into paragraphs. A text that has blank lines uses them as paragraph breaks and
 * keeps single line breaks inside paragraphs (hard-wrapped copy); a text with no blank line breaks at every
 * line break (one paragraph per line, as most scraped corpora store it).
 */
public final class Paragraphs {
    private Paragraphs() {
    }

    public static List<Paragraph> split(String normalized) {
        boolean blankLines = hasBlankLine(normalized);
        List<Paragraph> out = new ArrayList<>();
        int n = normalized.length();
        int lineStart = 0;
        int paraStart = -1;
        int paraEnd = -1;
        for (int i = 0; i <= n; i++) {
            if (i < n && normalized.charAt(i) != '\n') continue;
            int s = lineStart;
            int e = i;
            while (s < e && Character.isWhitespace(normalized.charAt(s))) s++;
            while (e > s && Character.isWhitespace(normalized.charAt(e - 1))) e--;
            boolean blank = s == e;
            if (blank || !blankLines) {
                if (paraStart >= 0) out.add(new Paragraph(out.size(), new Span(paraStart, paraEnd)));
                paraStart = -1;
            }
            if (!blank) {
                if (paraStart < 0) paraStart = s;
                paraEnd = e;
            }
            lineStart = i + 1;
        }
        if (paraStart >= 0) out.add(new Paragraph(out.size(), new Span(paraStart, paraEnd)));
        return out;
    }

    private static boolean hasBlankLine(String text) {
        int n = text.length();
        boolean afterBreak = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (afterBreak) return true;
                afterBreak = true;
            } else if (!Character.isWhitespace(c)) {
                afterBreak = false;
            }
        }
        return false;
    }
}
