package quotestance.text;

import java.util.Arrays;

import quotestance.model.Tokens;

/**
 * Tokenises a sentence by rule, in one pass over its characters: words with their inner hyphens,
 * apostrophes and dots ("al-Assad", "Iran's", "U.S."), numbers with their separators, and every other mark
 * alone; a final full stop is cut off unless it ends an abbreviation ("Gen.", "U.S.", "J."); "n't" stands
 * apart ("did" "n't"). The rules follow what the OpenNLP UD tokenizer does on news, at a fraction of its
 * cost: tokenising every sentence of the corpus with the model was a third of the job's time. Stateless.
 */
public final class WordTokenizer {
    /** Tokens of {@code text[start, end)} as offsets into the whole text. */
    public Tokens tokenize(String text, int start, int end) {
        int[] s = new int[Math.max(8, (end - start) / 5)];
        int[] e = new int[s.length];
        int n = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int j;
            if (Character.isLetterOrDigit(c)) {
                j = wordEnd(text, i, end);
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                j = i + 2;
            } else if ((c == '\'' || c == '`') && i + 1 < end && text.charAt(i + 1) == c) {
                j = i + 2; // '' and `` stand for a double quotation mark
            } else if (c == '-' && i + 1 < end && text.charAt(i + 1) == '-') {
                j = i + 2;
            } else {
                j = i + 1;
            }
            if (n + 2 >= s.length) {
                s = Arrays.copyOf(s, s.length * 2);
                e = Arrays.copyOf(e, e.length * 2);
            }
            int split = notSuffix(text, i, j);
            if (split > i && split < j) { // "didn't" -> "did" "n't"
                s[n] = i;
                e[n++] = split;
                s[n] = split;
                e[n++] = j;
            } else {
                s[n] = i;
                e[n++] = j;
            }
            i = j;
        }
        return new Tokens(Arrays.copyOf(s, n), Arrays.copyOf(e, n));
    }

    /** The end of the word starting at {@code i}: letters and digits, joined by inner - ' . , : / & characters. */
    private static int wordEnd(String text, int i, int end) {
        int j = i + 1;
        while (j < end) {
            char c = text.charAt(j);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                j++;
            } else if ((c == '-' || c == '\'' || c == '\u2019' || c == '.' || c == '&' || c == '/'
                    || (c == ',' || c == ':') && Character.isDigit(text.charAt(j - 1)))
                    && j + 1 < end && Character.isLetterOrDigit(text.charAt(j + 1))) {
                if ((c == ',' || c == ':') && !Character.isDigit(text.charAt(j + 1))) break; // "3,5" yes, "3,a" no
                j += 2;
            } else {
                break;
            }
        }
        // a full stop right after the word belongs to it when the word is an abbreviation or an initial
        if (j < end && text.charAt(j) == '.' && isAbbreviation(text, i, j)) j++;
        return j;
    }

    private static boolean isAbbreviation(String text, int i, int j) {
        int length = j - i;
        if (length == 1) return Character.isUpperCase(text.charAt(i)); // "J." an initial
        if (text.substring(i, j).indexOf('.') > 0) return true;        // "U.S" of "U.S."
        String w = text.substring(i, j).toLowerCase(java.util.Locale.ROOT);
        return Abbreviations.TITLES.contains(w) || Abbreviations.BEFORE_NUMBER.contains(w) || Abbreviations.MAYBE_FINAL.contains(w);
    }

    /** Where "n't" starts in the token [i, j), or -1. */
    private static int notSuffix(String text, int i, int j) {
        if (j - i < 4) return -1;
        char a = text.charAt(j - 3);
        char b = text.charAt(j - 2);
        char c = text.charAt(j - 1);
        return (a == 'n' || a == 'N') && (b == '\'' || b == '\u2019') && (c == 't' || c == 'T') ? j - 3 : -1;
    }
}
