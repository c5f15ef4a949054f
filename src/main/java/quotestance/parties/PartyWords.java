package quotestance.parties;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into the words party names are matched on: runs of letters and digits with the dots, hyphens
 * and apostrophes inside names kept ("U.S.", "al-Assad", "N'Djamena"); a possessive 's is cut off.
 */
final class PartyWords {
    /** One word: where it stands in the text and its form without a possessive. */
    record Word(int start, int end, String form) {
    }

    private PartyWords() {
    }

    static List<Word> of(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < to) {
                char d = text.charAt(j);
                if (Character.isLetterOrDigit(d)) {
                    j++;
                } else if ((d == '.' || d == '-' || d == '\'' || d == '\u2019') && j + 1 < to
                        && Character.isLetterOrDigit(text.charAt(j + 1))) {
                    j += 2;
                } else if (d == '.' && j > i && Character.isUpperCase(text.charAt(j - 1)) && (j - i == 1 || text.charAt(j - 2) == '.')) {
                    j++; // the final stop of "U.S." or "U.N."
                } else {
                    break;
                }
            }
            int end = j;
            String form = text.substring(i, end);
            if (form.endsWith("'s") || form.endsWith("\u2019s")) {
                form = form.substring(0, form.length() - 2);
                end -= 2;
            } else if (form.endsWith("s'") || form.endsWith("s\u2019")) {
                form = form.substring(0, form.length() - 1);
                end -= 1;
            }
            if (!form.isEmpty()) out.add(new Word(i, end, form));
            i = j;
        }
        return out;
    }

    static List<String> forms(String alias) {
        List<String> out = new ArrayList<>();
        for (Word w : of(alias, 0, alias.length())) out.add(w.form());
        return out;
    }
}
