package quotestance.speakers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import quotestance.lexicon.WordLists;

/** A name or a description as a speaker's name is written: trimmed, its spaces folded, a possessive 's dropped. */
final class NameForms {
    /** Weekdays and prepositions that close a run after a name ("Roebuck Thursday"): speakers/run-trailing-words. */
    private static final Set<String> TRAILING_WORDS = WordLists.load("speakers/run-trailing-words");
    /** Headline verbs and negations that end a name wherever they stand ("Obama Won't Commit"): speakers/run-breaking-words. */
    private static final Set<String> BREAKING_WORDS = WordLists.load("speakers/run-breaking-words");
    /**
     * Conjunctions, prepositions and headline verbs that open a run before a name ("But Obama"), and the auxiliaries
     * of a question ("Does Trump"): speakers/run-leading-words and speakers/question-openers.
     */
    private static final Set<String> LEADING_WORDS = quotestance.lexicon.Words.union(WordLists.load("speakers/run-leading-words"),
            WordLists.load("speakers/question-openers"));

    private NameForms() {
    }

    /**
     * The words without those of {@link #LEADING_WORDS} at their start, from the first of {@link #BREAKING_WORDS} on,
     * and without those of {@link #TRAILING_WORDS} at their end (one word always stays).
     */
    static String[] withoutEdgeWords(String[] words) {
        int start = 0;
        int end = words.length;
        while (end - start > 1 && LEADING_WORDS.contains(words[start].toLowerCase(Locale.ROOT))) start++;
        for (int i = start + 1; i < end; i++) {
            if (BREAKING_WORDS.contains(words[i].toLowerCase(Locale.ROOT).replace('\u2019', '\''))) {
                end = i;
                break;
            }
        }
        while (end - start > 1 && TRAILING_WORDS.contains(words[end - 1].toLowerCase(Locale.ROOT))) end--;
        return start == 0 && end == words.length ? words : Arrays.copyOfRange(words, start, end);
    }

    /** A name without the conjunctions before it and the weekdays and headline verbs after it ("But Alma Comstock Thursday"). */
    static String withoutEdgeWords(String name) {
        String[] words = splitOnWhitespace(name, 0, name.length());
        String[] kept = withoutEdgeWords(words);
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
