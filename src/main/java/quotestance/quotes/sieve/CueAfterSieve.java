package quotestance.quotes.sieve;

import quotestance.attribution.ConfidenceTable;
import quotestance.lexicon.Lexicons;
import quotestance.model.AttributionRule;
import quotestance.model.Mention;
import quotestance.model.QuoteCandidate;
import quotestance.speakers.MentionParser;
import quotestance.text.TokenText;

/**
 * {@code "...," Ayoub said}, {@code "...," the minister told reporters}, {@code "...," he added}: the speaker
 * right after the closing mark, then the cue; the speaker may close an apposition that opens there ("the
 * board's chief engineer, Tomas Lind, told") or follow lower-case roles ("volunteer press coordinator Tom
 * Hollis said").
 */
public final class CueAfterSieve implements QuotationSieve {
    /** How far after the closing mark the cue may stand. */
    private static final int MAX_TOKENS = 25;

    private final MentionParser mentions = new MentionParser();
    private final Lexicons lex = Lexicons.get();

    @Override
    public AttributionRule rule() {
        return AttributionRule.DIRECT_CUE_AFTER;
    }

    @Override
    public QuoteCandidate read(QuotationSite q, ArticleView article, Claims claims) {
        int i = q.attributionStart();
        if (i < 0) return null;
        TokenText t = q.closeTokens();
        Lexicons.CueWord first = lex.cue(t.lower(i));
        if (DashNameSieve.isDash(t, i) || first != null && first.speech()) return null; // a dash's name, an inverted cue
        for (int j = i; j < Math.min(t.size(), i + MAX_TOKENS); j++) {
            if (t.isQuoteMark(j) || t.isPunct(j, '.') && !MentionParser.abbreviationPoint(t, j) || t.isPunct(j, ';')) break;
            Lexicons.CueWord c = lex.cue(t.lower(j));
            if (c == null || !c.speech()) continue;
            Mention m = mentions.before(t, j);
            if (m == null) {
                if (j == i) break;
                continue;
            }
            int m0 = t.tokenAtOrAfter(m.span().start());
            if (t.is(m0, "who") && laterCueAfterComma(t, j)) continue; // `"...," Cruz, who has proposed X, said`
            // the subject must follow the closing mark, or close an apposition that does ("the board's chief
            // engineer, Tomas Lind, told")
            if (m0 != i && !premodifiers(t, i, m0) && !appositionLead(t, i, m0)) break;
            if (m0 != i) m = mentions.widenLeft(t, m, i); // "volunteer press coordinator Tom Hollis said"
            claims.takeCue(t.start(j));
            return q.quote(CuePhrases.cueSpan(t, j), c.lemma(), m, rule(),
                    RuleConfidence.of(rule(), m.isPronoun() ? RuleConfidence.PRONOUN_MENTION : ConfidenceTable.ANY));
        }
        return null;
    }

    /** Whether a speech cue follows the comma that closes the clause of the cue at {@code j} ("who has proposed X, said"). */
    private boolean laterCueAfterComma(TokenText t, int j) {
        for (int k = j + 1; k < Math.min(t.size(), j + 20); k++) {
            if (t.isQuoteMark(k) || t.isPunct(k, '.') || t.isPunct(k, ';')) return false;
            if (t.isPunct(k, ',')) {
                Lexicons.CueWord c = k + 1 < t.size() ? lex.cue(t.lower(k + 1)) : null;
                return c != null && c.speech();
            }
        }
        return false;
    }

    /** Tokens {@code from} to {@code to} are a short phrase and a comma: the head of an apposition. */
    private static boolean appositionLead(TokenText t, int from, int to) {
        if (to - from > 9 || to - from < 2 || !t.isPunct(to - 1, ',')) return false;
        for (int k = from; k < to - 1; k++) {
            if (!t.isWord(k) && !t.word(k).equals("'s") && !t.word(k).equals("\u2019s")) return false;
        }
        return true;
    }

    /**
     * Whether the tokens [from, to) are a few words that can stand before a mention as its premodifiers: lower-case
     * words, perhaps after an institution's name ("Prairie Voices volunteer press coordinator Tom Hollis"); at most
     * five words, or six in lower case.
     */
    private static boolean premodifiers(TokenText t, int from, int to) {
        boolean lowerOnly = true;
        for (int k = from; k < to; k++) {
            if (!t.isWord(k)) return false;
            lowerOnly &= !t.isCapitalized(k);
        }
        return (to - from <= 5 || to - from == 6 && lowerOnly) && (to == from || !t.isCapitalized(to - 1));
    }
}
