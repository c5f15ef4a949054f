package quotestance.text;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

import quotestance.model.Tokens;

/**
 * Tokenises a sentence with the OpenNLP UD tokenizer. A sentence holding a run of more than
 * {@link #MAX_RUN} non-space characters (a URL dump, base64, a string of marks) is split at spaces and
 * punctuation instead: the model's cost grows with the length of a run. Not thread-safe: one per thread.
 */
public final class WordTokenizer {
    static final int MAX_RUN = 64;

    private final TokenizerME tokenizer = new TokenizerME(NlpModels.tokens());

    /** Tokens of {@code normalized[start, end)} as offsets into the whole text. */
    public Tokens tokenize(String normalized, int start, int end) {
        if (hasLongRun(normalized, start, end)) return simple(normalized, start, end);
        Span[] spans = tokenizer.tokenizePos(normalized.substring(start, end));
        int[] s = new int[spans.length];
        int[] e = new int[spans.length];
        for (int i = 0; i < spans.length; i++) {
            s[i] = start + spans[i].getStart();
            e[i] = start + spans[i].getEnd();
        }
        return new Tokens(s, e);
    }

    private static boolean hasLongRun(String text, int start, int end) {
        int run = 0;
        for (int i = start; i < end; i++) {
            run = Character.isWhitespace(text.charAt(i)) ? 0 : run + 1;
            if (run > MAX_RUN) return true;
        }
        return false;
    }

    /** Words are runs of letters and digits; every other non-space character is a token of its own. */
    static Tokens simple(String text, int start, int end) {
        int[] s = new int[Math.max(4, (end - start) / 4)];
        int[] e = new int[s.length];
        int n = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int j = i + 1;
            if (Character.isLetterOrDigit(c)) {
                while (j < end && Character.isLetterOrDigit(text.charAt(j))) j++;
            } else if (Character.isHighSurrogate(c) && j < end && Character.isLowSurrogate(text.charAt(j))) {
                j++;
            }
            if (n == s.length) {
                s = java.util.Arrays.copyOf(s, n * 2);
                e = java.util.Arrays.copyOf(e, n * 2);
            }
            s[n] = i;
            e[n] = j;
            n++;
            i = j;
        }
        return new Tokens(java.util.Arrays.copyOf(s, n), java.util.Arrays.copyOf(e, n));
    }
}
