package quotestance.quotes.sieve;

import java.util.Map;
import java.util.Set;

import quotestance.lexicon.WordLists;
import quotestance.model.AttributionRule;
import quotestance.model.QuoteCandidate;
import quotestance.model.Span;
import quotestance.stance.Valences;
import quotestance.text.TokenText;

/**
 * {@code the minister called the sanctions "economic terrorism"}, {@code calling it a mistake}, {@code called
 * the move unacceptable}: "call" with no particle, an object and what it was called: quoted, a second noun
 * phrase, or an evaluative word. Not when the verb phones, convenes or summons ("called his mother", "called a
 * meeting", "called to service").
 */
public final class NamingSieve implements CueSieve {
    private static final Set<String> NAMING_BLOCKERS = WordLists.load("quotes/naming-blockers");
    private static final Set<String> PREPOSITIONS = WordLists.load("quotes/prepositions");
    /** How strong a word's valence must be to make it a judgement of the object. */
    private static final double MIN_VALENCE = 1.0;

    private final Map<String, Float> valence = Valences.shared();

    @Override
    public AttributionRule rule() {
        return AttributionRule.REPORTED_NAMING;
    }

    @Override
    public QuoteCandidate read(CueSite site) {
        if (!site.open() || site.speaker() == null || site.afterCue() >= 0 || !site.cue().lemma().equals("call")) return null;
        Span named = naming(site);
        return named == null ? null : site.quote(named, site.speaker(), rule(), RuleConfidence.of(rule()));
    }

    private Span naming(CueSite site) {
        TokenText t = site.tokens();
        int k = site.index() + 1;
        if (k >= t.size() || !t.isWord(k) && !t.isQuoteMark(k) || NAMING_BLOCKERS.contains(t.lower(k))) return null;
        Span content = Clauses.clause(site.text(), t, k, site.sentence());
        if (content == null) return null;
        int end = t.tokenAtOrAfter(content.end());
        boolean quoted = false;
        boolean secondPhrase = false;
        boolean evaluative = false;
        for (int j = k; j < end; j++) {
            if (t.isQuoteMark(j)) quoted = true;
            if (j > k && (t.is(j, "a") || t.is(j, "an")) && !PREPOSITIONS.contains(t.lower(j - 1)) && t.isWord(j - 1)) secondPhrase = true;
            Float v = valence.get(t.lower(j));
            if (j > k && v != null && Math.abs(v) >= MIN_VALENCE && !t.isCapitalized(j) && !PREPOSITIONS.contains(t.lower(j - 1))) {
                evaluative = true; // not "a campaign called Code Critical": a name, not a judgement
            }
        }
        return quoted || secondPhrase || evaluative ? content : null;
    }
}
