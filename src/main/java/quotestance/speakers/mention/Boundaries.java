package quotestance.speakers.mention;

import quotestance.text.TokenText;

/** Where a speaker's phrase may end or begin: stops, dashes, brackets, apostrophes and the openings of clauses. */
public final class Boundaries {
    /** The longest parenthetical after a name that the rules look past ("(D-Ore.)", "(pictured)"). */
    static final int MAX_PARENTHETICAL_TOKENS = 6;

    private Boundaries() {
    }

    /** A full stop glued to a short capitalised word ("R-Tex.,", "Mo."): an abbreviation's, not a sentence's end. */
    public static boolean abbreviationPoint(TokenText t, int k) {
        if (k == 0 || t.start(k) != t.end(k - 1) || !t.isCapitalized(k - 1)) return false;
        String word = t.word(k - 1);
        return word.length() - word.lastIndexOf('-') - 1 <= 4; // "R-Tex." is "Tex."
    }

    /**
     * The token before a short parenthetical that ends at {@code j} ("Sen. Ann Poe (D-Ore.) said", "Ali Reza (pictured)
     * said"): the speaker is the phrase before it. Otherwise {@code j} itself.
     */
    static int beforeParenthetical(TokenText t, int j) {
        if (!t.isPunct(j, ')')) return j;
        for (int k = j - 1; k >= Math.max(1, j - MAX_PARENTHETICAL_TOKENS - 1); k--) {
            if (t.isPunct(k, ')')) return j;
            if (t.isPunct(k, '(')) return t.isWord(k - 1) ? k - 1 : j;
        }
        return j;
    }

    /** A dash that sets off a phrase as commas would ("Moss, an adviser - who backed him - said"); not a hyphen. */
    static boolean parentheticalDash(TokenText t, int k) {
        return t.isPunct(k, '\u2014') || (t.isPunct(k, '-') || t.isPunct(k, '\u2013') || t.is(k, "--")) && spaced(t, k);
    }

    /** "Sanders' adviser": an apostrophe glued to a word in -s and followed by a space closes a possessive, no quotation. */
    static boolean possessiveApostrophe(TokenText t, int k) {
        if (!(t.isPunct(k, '\'') || t.isPunct(k, '\u2019')) || k == 0 || t.start(k) != t.end(k - 1)) return false;
        String before = t.lower(k - 1);
        return before.endsWith("s") || before.endsWith("z") || before.endsWith("x");
    }

    /** Whether token {@code k} has a space on either side: a dash, not a hyphen inside a word. */
    static boolean spaced(TokenText t, int k) {
        return k > 0 && t.start(k) > t.end(k - 1) || k + 1 < t.size() && t.end(k) < t.start(k + 1);
    }

    /** Whether token {@code k} opens a clause: the sentence's first word, or after a comma, a quote or a conjunction. */
    static boolean clauseOpensAt(TokenText t, int k) {
        return k == 0 || t.isPunct(k - 1, ',') || t.isQuoteMark(k - 1) || MentionWords.CLAUSE_OPENERS.contains(t.lower(k - 1));
    }
}
