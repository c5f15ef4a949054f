package quotestance.text;

import java.util.ArrayList;
import java.util.List;

import quotestance.model.Span;

/**
 * Finds the double quotation marks of a paragraph and pairs them. Curly marks and guillemets say which way
 * they face; a straight {@code "} (or a doubled single mark {@code ''}) is read from its neighbours and, when
 * they leave it open, by alternation. Reads the original text: normalisation would lose the direction.
 */
public final class QuotationMarks {
    private enum Role { OPEN, CLOSE, EITHER }

    private QuotationMarks() {
    }

    public static List<Quotation> find(String text, Span paragraph) {
        List<Quotation> out = new ArrayList<>();
        int end = paragraph.end();
        int openStart = -1;
        int openEnd = -1;
        char openChar = 0;
        for (int i = paragraph.start(); i < end; i++) {
            char c = text.charAt(i);
            int len = 1;
            Role role;
            switch (c) {
                case '\u201C' -> role = openChar == '\u201E' && openStart >= 0 ? Role.CLOSE : Role.OPEN; // „…“ closes
                case '\u201E', '\u201F', '\u00AB', '\u301D' -> role = Role.OPEN;
                case '\u201D', '\u00BB', '\u301E' -> role = Role.CLOSE;
                case '"', '\uFF02' -> role = Role.EITHER;
                case '\'', '\u2018', '\u2019', '`' -> {
                    if (i + 1 >= end || text.charAt(i + 1) != c) continue;
                    len = 2; // a doubled single mark stands for a double one
                    role = c == '\u2018' || c == '`' ? Role.OPEN : c == '\u2019' ? Role.CLOSE : Role.EITHER;
                }
                default -> {
                    continue;
                }
            }
            if (role == Role.EITHER) role = straightRole(text, paragraph, i, len, openStart >= 0);
            if (role == Role.OPEN) {
                if (openStart >= 0) out.add(new Quotation(new Span(openStart, openEnd), null, trimEnd(text, openEnd, i))); // left open: ends where this opens
                openStart = i;
                openEnd = i + len;
                openChar = c;
            } else if (openStart >= 0) {
                out.add(new Quotation(new Span(openStart, openEnd), new Span(i, i + len), end));
                openStart = -1;
                openChar = 0;
            }
            // a closing mark with nothing open is a stray: it pairs with nothing
            i += len - 1;
        }
        if (openStart >= 0) out.add(new Quotation(new Span(openStart, openEnd), null, trimEnd(text, openEnd, end)));
        return out;
    }

    /**
     * The last quotation of a paragraph's {@link #find} list that opens before {@code pos}; null when none does.
     * The list is in text order and each quotation ends before the next opens, so this is the only one that can
     * hold {@code pos} or close at it: a binary search, where a scan per sentence made long paragraphs quadratic.
     */
    public static Quotation lastOpenedBefore(List<Quotation> quotations, int pos) {
        int lo = 0;
        int hi = quotations.size() - 1;
        Quotation found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Quotation q = quotations.get(mid);
            if (q.openMark().start() < pos) {
                found = q;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private static int trimEnd(String text, int from, int end) {
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end;
    }

    private static Role straightRole(String text, Span paragraph, int i, int len, boolean somethingOpen) {
        boolean spaceBefore = i == paragraph.start() || opensBefore(text.charAt(i - 1));
        boolean spaceAfter = i + len >= paragraph.end() || closesAfter(text.charAt(i + len));
        // glued to a word on its left and free on its right it can only close; otherwise alternate
        if (!spaceBefore && spaceAfter) return Role.CLOSE;
        return somethingOpen ? Role.CLOSE : Role.OPEN;
    }

    private static boolean opensBefore(char c) {
        return Character.isWhitespace(c) || c == '(' || c == '[' || c == '{' || c == '\u2014' || c == '\u2013'
                || c == '-' || c == '/' || c == ':' || c == '\u00A0';
    }

    private static boolean closesAfter(char c) {
        return Character.isWhitespace(c) || ".,;:!?)]}\u2014\u2013-\u2026".indexOf(c) >= 0;
    }
}
