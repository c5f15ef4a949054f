package quotestance.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import quotestance.lexicon.Lexicons;
import quotestance.lexicon.WordLists;
import quotestance.speakers.NameKey;
import quotestance.text.IdText;

/**
 * A speaker's name as the corpus-wide merge compares it. {@code display} is what an id is written with: lower case,
 * accents folded, every letter kept ({@code john-kerry}); {@code key} decides which names are one: the same
 * words folded by {@link NameKey} (doubled letters, nicknames, transliterations). Both leave out titles before a
 * person's name and middle initials ({@code Donald J. Trump} is {@code Donald Trump}); a generational suffix is
 * kept apart ({@code Donald Trump Jr.} is his son).
 *
 * @param display the words of the id, suffix last
 * @param key     the folded words of the name, without the suffix
 * @param suffix  {@code jr}, {@code iii}, ... or null
 */
public record NameForm(List<String> display, List<String> key, String suffix) {
    private static final Set<String> PREFIX_WORDS = WordLists.load("identity/name-prefix-words");
    private static final Set<String> SUFFIXES = WordLists.load("identity/name-suffixes");
    private static final Pattern EDGE_MARKS = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    public NameForm {
        display = List.copyOf(display);
        key = List.copyOf(key);
    }

    /**
     * The form of {@code name}. Titles are taken off the front only for a speaker that is not known to be a body:
     * in {@code State Department} or {@code National Security Council} those words are the name.
     */
    public static NameForm of(String name, boolean body) {
        List<String> words = new ArrayList<>();
        for (String w : IdText.words(name)) {
            w = EDGE_MARKS.matcher(w).replaceAll("");
            if (!w.isEmpty()) words.add(w);
        }
        int from = 0;
        if (!body) while (from < words.size() - 1 && isPrefix(words.get(from))) from++;
        List<String> display = new ArrayList<>();
        List<String> key = new ArrayList<>();
        String suffix = null;
        for (int i = from; i < words.size(); i++) {
            List<String> parts = IdText.parts(words.get(i));
            if (i == words.size() - 1 && i > from && parts.size() == 1 && SUFFIXES.contains(parts.get(0))) {
                suffix = parts.get(0);
                break;
            }
            for (String part : parts) {
                if (part.length() == 1 && Character.isLetter(part.charAt(0)) && words.size() - from > 1 && !body) continue; // an initial
                display.add(part);
                key.addAll(NameKey.tokens(part)); // "al" of al-Assad folds away: Bashar al-Assad is Bashar Assad
            }
        }
        if (suffix != null) display.add(suffix);
        return new NameForm(display, key, suffix);
    }

    /** The id's words, hyphen-joined: {@code donald-trump-jr}. */
    public String idText() {
        return String.join("-", display);
    }

    /** What decides sameness: the folded name words and the suffix. */
    public String formKey() {
        return String.join(" ", key) + (suffix == null ? "" : " |" + suffix);
    }

    /** The surname and the suffix: the merge compares only names that share it. */
    public String surnameKey() {
        return key.isEmpty() ? "" : key.get(key.size() - 1) + (suffix == null ? "" : " |" + suffix);
    }

    /** A name of one word: a surname alone, or a body's name. */
    public boolean single() {
        return key.size() == 1;
    }

    private static boolean isPrefix(String word) {
        String w = word.replace(".", "");
        if (Lexicons.get().isTitle(w) || PREFIX_WORDS.contains(w)) return true;
        if (w.indexOf('-') <= 0) return false;
        for (String part : w.split("-")) if (!Lexicons.get().isTitle(part) && !PREFIX_WORDS.contains(part)) return false;
        return true;
    }
}
