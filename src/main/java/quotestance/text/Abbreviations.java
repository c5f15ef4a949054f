package quotestance.text;

import java.util.Locale;
import java.util.Set;

/**
 * Words that end in a full stop without ending the sentence, by how sure that is. Used to repair the
 * sentence model, which splits after {@code Maj.}, {@code Gen.}, {@code Jan.} and single initials.
 */
final class Abbreviations {
    /** Titles and ranks: always followed by a name, never sentence-final. */
    static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "mme", "mlle", "messrs", "dr", "prof", "gen", "maj", "lt", "col", "capt", "cpt",
            "cmdr", "cdr", "adm", "brig", "sgt", "cpl", "pvt", "pfc", "lieut", "gov", "sen", "rep", "reps", "sens",
            "rev", "hon", "pres", "supt", "insp", "det", "fr", "sr", "st", "ste", "mt", "ft", "amb", "atty", "gens",
            "vs", "v", "e.g", "i.e", "cf", "approx", "esp", "dept", "univ", "assn", "ave", "blvd");

    /** Followed by a number: {@code Jan. 30}, {@code No. 10}, {@code Art. 5}. */
    static final Set<String> BEFORE_NUMBER = Set.of(
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "no", "nos", "art", "arts", "sec", "secs", "vol", "vols", "fig", "figs", "p", "pp", "ch", "para",
            "op", "ed", "tel", "est", "ca");

    /** Can end a sentence ({@code Inc.}, {@code U.S.}); merged only when what follows does not start one. */
    static final Set<String> MAYBE_FINAL = Set.of(
            "inc", "corp", "co", "ltd", "llc", "plc", "jr", "bros", "etc", "a.m", "p.m", "al", "govt");

    /** Words that typically open an English sentence: after an ambiguous abbreviation they mean a real break. */
    static final Set<String> SENTENCE_STARTERS = Set.of(
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our",
            "my", "this", "that", "these", "those", "there", "but", "and", "or", "so", "yet", "in", "on", "at",
            "for", "with", "from", "by", "after", "before", "as", "if", "when", "while", "since", "although",
            "though", "however", "meanwhile", "still", "also", "one", "some", "many", "most", "all", "both", "no",
            "not", "what", "who", "why", "how", "where", "mr", "mrs", "ms", "dr", "officials", "asked", "under",
            "during", "earlier", "later", "last", "over", "until", "such", "each", "every", "other", "more");

    private Abbreviations() {
    }

    static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /** {@code U.S}, {@code U.N}, {@code D.C}: letters separated by full stops (the final one already cut). */
    static boolean isDottedAcronym(String word) {
        int n = word.length();
        if (n < 3) return false;
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            boolean letterPlace = i % 2 == 0;
            if (letterPlace ? !Character.isLetter(c) : c != '.') return false;
        }
        return true;
    }
}
