package quotestance.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import quotestance.lexicon.WordLists;

/**
 * The full name an acronym stands for, found earlier in the article: capitalised words whose initials spell it,
 * with the small words and commas of names between them ("Immigration, Refugees and Citizenship Canada" for
 * IRCC, "International Atomic Energy Agency" for IAEA).
 */
final class AcronymExpansion {
    /** Small words between a name's capitalised words ("Immigration, Refugees and Citizenship Canada"). */
    private static final Set<String> NAME_JOINERS = WordLists.load("speakers/acronym-joiners");
    /** How far back an expansion is looked for: names are spelled out near their first short use. */
    private static final int WINDOW_CHARS = 20_000;

    private AcronymExpansion() {
    }

    /** The expansion of {@code acronym} that ends before {@code before} in text, the latest one; null when none. */
    static String before(String text, String acronym, int before) {
        List<int[]> words = new ArrayList<>(); // [start, end) of each word, in order
        int from = Math.max(0, before - WINDOW_CHARS);
        int i = from;
        while (i < before) {
            char c = text.charAt(i);
            if (Character.isLetter(c) || c == '&') {
                int j = i + 1;
                while (j < before && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '-')) j++;
                words.add(new int[] {i, j});
                i = j;
            } else {
                i++;
            }
        }
        String best = null;
        for (int w = 0; w < words.size(); w++) {
            String expansion = spelled(text, words, w, acronym);
            if (expansion != null) best = expansion;
        }
        return best;
    }

    /** The name that starts at word {@code w} and spells the acronym, or null. */
    private static String spelled(String text, List<int[]> words, int w, String acronym) {
        int letter = 0;
        int k = w;
        int end = -1;
        while (k < words.size() && letter < acronym.length()) {
            int[] word = words.get(k);
            String s = text.substring(word[0], word[1]);
            if (k > w && gapBreaks(text, words.get(k - 1)[1], word[0])) return null;
            if (Character.isUpperCase(s.charAt(0))) {
                // a word of an expansion is a written-out word: not an acronym itself ("EU"), not an initial ("U.S.")
                if (Character.toUpperCase(s.charAt(0)) != acronym.charAt(letter) || s.length() < 2 || s.equals(s.toUpperCase(java.util.Locale.ROOT))) return null;
                letter++;
                end = word[1];
            } else if (k == w || !NAME_JOINERS.contains(s)) {
                return null;
            }
            k++;
        }
        return letter == acronym.length() ? text.substring(words.get(w)[0], end) : null;
    }

    /** Between two words of one name there are only spaces and commas. */
    private static boolean gapBreaks(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != ',' || c == '\n') return true;
        }
        return false;
    }
}
