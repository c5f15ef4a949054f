package quotestance.quotes;

import java.text.Normalizer;
import java.util.Locale;

import quotestance.model.HexDigest;

/**
 * The key under which the same quotation by the same speaker meets across articles, however each outlet
 * punctuated, cased or accented it: the speaker's corpus-wide id (for a description such as "the
 * ministry", whose id is scoped to its article, the folded description) and the first 16 hex digits of the
 * SHA-256 of the quotation's words, lower-cased, accents folded, every mark between them dropped. (Copies
 * trimmed at the start or the end are merged into the longer quotation's key over the whole corpus, by
 * {@code quotestance.spark.QuoteKeys}.)
 */
public final class QuoteKey {
    static final String UNKNOWN_SPEAKER = "unknown";
    /** Hex digits of the hash in a key. */
    public static final int HASH_CHARS = 16;

    private QuoteKey() {
    }

    /** The key, or null when the quotation has no word at all. */
    public static String of(String quoteText, String speakerId) {
        return ofWords(words(quoteText), speakerId);
    }

    /** The key from the quotation's folded {@link #words}; null when there are none. */
    public static String ofWords(String words, String speakerId) {
        if (words.isEmpty()) return null;
        return speakerPart(speakerId) + "|" + HexDigest.sha256(words, HASH_CHARS);
    }

    /** The quotation's words, folded and joined by single spaces: what two copies must share to meet. */
    public static String words(String text) {
        return fold(hasNothingToDecompose(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD));
    }

    /** {@link #words} with the Unicode normalisation always applied: what the shortcut must agree with. */
    static String foldedWords(String text) {
        return fold(Normalizer.normalize(text, Normalizer.Form.NFKD));
    }

    /**
     * ASCII and general punctuation only (most quotations in English news): no accent to fold, and nothing
     * that decomposes into a letter or digit, so the normalisation, which costs more than the rest, can go.
     */
    private static boolean hasNothingToDecompose(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && (c < 0x2000 || c > 0x206F)) return false;
        }
        return true;
    }

    /** Lower case, accents and apostrophes dropped, every other run of non-letters one space. */
    private static String fold(String normalized) {
        String s = normalized.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) continue; // accents
            if (c == '\'' || c == '\u2019') continue; // "don't" = "dont": apostrophes differ between outlets
            if (Character.isLetterOrDigit(c)) {
                if (gap && out.length() > 0) out.append(' ');
                out.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** The speaker half of the key. */
    public static String speakerPart(String speakerId) {
        if (speakerId == null) return UNKNOWN_SPEAKER;
        if (speakerId.startsWith("article:")) { // article:<hash>:<folded description>
            int second = speakerId.indexOf(':', "article:".length());
            return "desc:" + (second < 0 ? "" : speakerId.substring(second + 1));
        }
        return speakerId;
    }
}
