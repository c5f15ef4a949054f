package quotestance.speakers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import quotestance.lexicon.WordLists;

/** A name or a description as a speaker's name is written: trimmed, its spaces folded, a possessive 's dropped. */
final class NameForms {
    /** Weekdays and headline speech verbs that close a run after a name ("Roebuck Thursday"): speakers/run-trailing-words. */
    private static final Set<String> TRAILING_WORDS = WordLists.load("speakers/run-trailing-words");

    private NameForms() {
    }

    /** The words without those of {@link #TRAILING_WORDS} at their end (one word always stays). */
    static String[] withoutTrailingWords(String[] words) {
        int end = words.length;
        while (end > 1 && TRAILING_WORDS.contains(words[end - 1].toLowerCase(Locale.ROOT))) end--;
        return end == words.length ? words : Arrays.copyOf(words, end);
    }

    /** A name without the weekdays and headline verbs written after it ("Alma Comstock Thursday"). */
    static String withoutTrailingWords(String name) {
        String[] words = splitOnWhitespace(name, 0, name.length());
        String[] kept = withoutTrailingWords(words);
        return kept == words ? name : String.join(" ", kept);
    }

    static String clean(String s) {
        String t = s.strip();
        if (needsSpaceFolding(t)) t = t.replaceAll("\\s+", " ");
        if (t.endsWith("'s") || t.endsWith("\u2019s")) t = t.substring(0, t.length() - 2);
        return t;
    }

    /** {@code text.substring(from, to).split("\\s+")} without a regex: this runs for every capitalised run. */
    static String[] splitOnWhitespace(String text, int from, int to) {
        if (from == to) return new String[] {""}; // as "".split(...)
        List<String> out = new ArrayList<>();
        int i = from;
        if (i < to && isRegexSpace(text.charAt(i))) out.add(""); // as String.split: a leading separator gives ""
        while (i < to) {
            while (i < to && isRegexSpace(text.charAt(i))) i++;
            int j = i;
            while (j < to && !isRegexSpace(text.charAt(j))) j++;
            if (j > i) out.add(text.substring(i, j));
            i = j;
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1); // and trailing ones go
        return out.toArray(String[]::new);
    }

    /** The characters of regex {@code \\s}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whitespace other than single spaces: rare in names, so the regex runs only then. */
    private static boolean needsSpaceFolding(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i + 1 < t.length() && Character.isWhitespace(t.charAt(i + 1)))) return true;
        }
        return false;
    }
}
