package quotestance.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names as ids write them: lower case, accents folded, every letter kept ({@code Hassan Rouhani} is
 * {@code hassan-rouhani}, {@code O'Brien} is {@code obrien}), so that a user can type the id from the name.
 */
public final class IdText {
    // compiled once: String.replaceAll and split compile their pattern on every call, and ids are made per quote
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s$");
    private static final Pattern INNER_MARKS = Pattern.compile("['\u2019.]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private IdText() {
    }

    /** Lower case without accents. */
    public static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        d.codePoints().filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK).forEach(b::appendCodePoint);
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** The name folded and split at white space. */
    public static String[] words(String name) {
        return SPACES.split(fold(name));
    }

    /** The words of one folded word: a possessive 's and inner apostrophes and stops go, hyphens divide. */
    public static List<String> parts(String foldedWord) {
        String w = INNER_MARKS.matcher(POSSESSIVE.matcher(foldedWord).replaceAll("")).replaceAll("");
        List<String> out = new ArrayList<>(2);
        for (String p : NOT_WORD.split(w)) if (!p.isEmpty()) out.add(p);
        return out;
    }

    /** The name's words, hyphen-joined: {@code hassan-rouhani}; empty for a name without letters or digits. */
    public static String of(String name) {
        List<String> out = new ArrayList<>();
        for (String w : words(name)) out.addAll(parts(w));
        return String.join("-", out);
    }
}
