package quotestance.quotes.sieve;

import quotestance.model.AttributionRule;
import quotestance.model.Mention;
import quotestance.model.QuoteCandidate;
import quotestance.model.Span;
import quotestance.text.TokenText;

/**
 * {@code ..., said Ayoub.}: the clause, a comma, a cue the speaker may follow, and the speaker; not when the
 * words after the cue open a clause of their own ("..., said he had made calls").
 */
public final class ClauseBeforeInvertedSieve implements CueSieve {
    @Override
    public AttributionRule rule() {
        return AttributionRule.REPORTED_CLAUSE_BEFORE_INVERTED;
    }

    @Override
    public QuoteCandidate read(CueSite site) {
        TokenText t = site.tokens();
        int i = site.index();
        if (!site.open() || site.speaker() != null || !site.cue().inverted() || i <= 1 || !t.isPunct(i - 1, ',')) return null;
        Mention m = site.mentions().after(t, i + 1);
        if (m == null) return null;
        // the words after "said" open the reported clause, with its own subject and verb, so the phrase before the
        // comma is not what was said
        int next = t.tokenAtOrAfter(m.span().end());
        if (next < t.size() && (RelativeClauseSieve.FINITE_AUXILIARIES.contains(t.lower(next)) || Clauses.BE_FORMS.contains(t.lower(next)))) {
            return null;
        }
        Span before = Spans.trimTail(site.text(), new Span(site.sentence().span().start(), t.start(i - 1)));
        if (before == null || Spans.wordCount(site.text(), before) < 3) return null;
        return site.quote(before, m, rule(), RuleConfidence.of(rule()));
    }
}
