package quotestance.speakers;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import quotestance.lexicon.WordLists;

/**
 * A sentence's subject's gender, told by the first personal pronoun after it ("Gale Ortiz ... her"), for a
 * name whose given name the gazetteer does not list.
 */
final class SubjectGender {
    private static final Set<String> MASCULINE_PRONOUNS = WordLists.load("speakers/masculine-pronouns");
    private static final Set<String> FEMININE_PRONOUNS = WordLists.load("speakers/feminine-pronouns");
    private static final Set<String> NEUTER_PRONOUNS = WordLists.load("speakers/neuter-pronouns");
    /** The lengths of the pronouns above: only words of such a length are looked up (this scans every subject's sentence). */
    private static final int SHORTEST_PRONOUN = pronounLength(true);
    private static final int LONGEST_PRONOUN = pronounLength(false);

    private SubjectGender() {
    }

    private static int pronounLength(boolean shortest) {
        int n = shortest ? Integer.MAX_VALUE : 0;
        for (Set<String> s : List.of(MASCULINE_PRONOUNS, FEMININE_PRONOUNS, NEUTER_PRONOUNS)) {
            for (String w : s) n = shortest ? Math.min(n, w.length()) : Math.max(n, w.length());
        }
        return n;
    }

    /**
     * 'm' or 'f' when the first personal pronoun in [from, to) is he/his/him or she/her; 0 when another full name
     * comes first ("Vell's remarks came after Peru rebuked Prime Minister Tomas Brekke over his criticism": "his"
     * is Brekke's).
     */
    static char after(String text, int from, int to) {
        int i = from;
        boolean capitalBefore = false;
        while (i < to) {
            int gapStart = i;
            while (i < to && !Character.isLetter(text.charAt(i))) i++;
            boolean spaceOnly = i > gapStart && text.substring(gapStart, i).isBlank();
            int j = i;
            while (j < to && Character.isLetter(text.charAt(j))) j++;
            if (j == i) break;
            boolean capital = Character.isUpperCase(text.charAt(i));
            if (capital && capitalBefore && spaceOnly) return 0;
            capitalBefore = capital;
            if (j - i >= SHORTEST_PRONOUN && j - i <= LONGEST_PRONOUN && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                String w = text.substring(i, j).toLowerCase(Locale.ROOT);
                if (MASCULINE_PRONOUNS.contains(w)) return 'm';
                if (FEMININE_PRONOUNS.contains(w)) return 'f';
                if (NEUTER_PRONOUNS.contains(w)) return 0;
            }
            i = j;
        }
        return 0;
    }
}
