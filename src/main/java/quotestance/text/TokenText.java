package quotestance.text;

import java.util.Locale;

import quotestance.model.Sentence;
import quotestance.model.Tokens;

/**
 * One sentence's tokens with their text (from the normalised article: straight quotes, plain spaces), for
 * the rule-based finders. Words are cut lazily: most sentences are looked at for a cue and left.
 */
public final class TokenText {
    private final String text;
    private final Tokens tokens;
    private final String[] words;
    private final String[] lower;

    public TokenText(String normalized, Sentence sentence) {
        this.text = normalized;
        this.tokens = sentence.tokens();
        this.words = new String[tokens.size()];
        this.lower = new String[tokens.size()];
    }

    public int size() {
        return tokens.size();
    }

    public int start(int i) {
        return tokens.start(i);
    }

    public int end(int i) {
        return tokens.end(i);
    }

    public String word(int i) {
        String w = words[i];
        if (w == null) words[i] = w = text.substring(tokens.start(i), tokens.end(i));
        return w;
    }

    public String lower(int i) {
        String l = lower[i];
        if (l == null) lower[i] = l = word(i).toLowerCase(Locale.ROOT);
        return l;
    }

    public boolean is(int i, String lowerWord) {
        return i >= 0 && i < size() && lower(i).equals(lowerWord);
    }

    private static final java.util.Set<String> HYPHENED_PARTICLES = quotestance.lexicon.WordLists.load("text/hyphened-particles");

    /** Whether the token starts with a capital, or is a name with a lower-case particle ("al-Assad", "el-Sisi", "bin-Zayed"). */
    public boolean isCapitalized(int i) {
        int start = tokens.start(i);
        if (Character.isUpperCase(text.charAt(start))) return true;
        int end = tokens.end(i);
        // the particle, its hyphen, and a capital: "al-" / "el-" / "ad-" (3 chars) or "bin-" / "ibn-" / "abu-" (4)
        for (int dash = start + 2; dash <= start + 3 && dash + 1 < end; dash++) {
            if (text.charAt(dash) == '-' && Character.isUpperCase(text.charAt(dash + 1))) {
                return HYPHENED_PARTICLES.contains(text.substring(start, dash));
            }
        }
        return false;
    }

    public boolean isWord(int i) {
        return Character.isLetterOrDigit(text.charAt(tokens.start(i)));
    }

    public boolean isQuoteMark(int i) {
        char c = text.charAt(tokens.start(i));
        return (c == '"' || c == '\'' || c == '`') && tokens.end(i) - tokens.start(i) <= 2;
    }

    public boolean isPunct(int i, char c) {
        return tokens.end(i) - tokens.start(i) == 1 && text.charAt(tokens.start(i)) == c;
    }

    /** The first token that ends after {@code offset}; {@code size()} when none does. */
    public int tokenAtOrAfter(int offset) {
        return tokens.indexAtOrAfter(offset);
    }

    /** The last token that starts before {@code offset}; -1 when none does. */
    public int tokenBefore(int offset) {
        int i = tokens.indexAtOrAfter(offset);
        while (i < size() && tokens.start(i) < offset) i++;
        return i - 1;
    }
}
