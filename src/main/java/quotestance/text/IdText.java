package quotestance.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names as ids write them: lower case, accents folded, every letter kept ({@code Hassan Rouhani} is
 * {@code hassan-rouhani}, {@code O'Brien} is {@code obrien}), so that a user can type the id from the name.
 */
public final class IdText {
    private IdText() {
    }

    /** Lower case without accents. */
    public static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        d.codePoints().filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK).forEach(b::appendCodePoint);
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** The words of one folded word: a possessive 's and inner apostrophes and stops go, hyphens divide. */
    public static List<String> parts(String foldedWord) {
        String w = foldedWord.replaceAll("['\u2019]s$", "").replaceAll("['\u2019.]", "");
        List<String> out = new ArrayList<>(2);
        for (String p : w.split("[^\\p{L}\\p{N}]+")) if (!p.isEmpty()) out.add(p);
        return out;
    }

    /** The name's words, hyphen-joined: {@code hassan-rouhani}; empty for a name without letters or digits. */
    public static String of(String name) {
        List<String> words = new ArrayList<>();
        for (String w : fold(name).split("\\s+")) words.addAll(parts(w));
        return String.join("-", words);
    }
}
