package quotestance.quotes.sieve;

import java.util.Set;

import quotestance.lexicon.WordLists;
import quotestance.model.AttributionRule;
import quotestance.model.Mention;
import quotestance.model.QuoteCandidate;
import quotestance.model.Span;
import quotestance.text.TokenText;

/**
 * {@code six deaths that Lohmar said are unrelated}, {@code what officials say is Kim's birthday}: a relative
 * pronoun (or "what"), the subject, the cue, and the rest of the relative clause, which is what was said.
 */
public final class RelativeClauseSieve implements CueSieve {
    /** Finite auxiliaries that open the relative clause's verb phrase right after the cue. */
    static final Set<String> FINITE_AUXILIARIES = WordLists.load("quotes/finite-auxiliaries");

    @Override
    public AttributionRule rule() {
        return AttributionRule.REPORTED_RELATIVE_CLAUSE;
    }

    @Override
    public QuoteCandidate read(CueSite site) {
        if (!site.counts() || site.subject() == null || !site.cue().speech()) return null;
        TokenText t = site.tokens();
        int i = site.index();
        int m0 = site.subjectStart();
        if (m0 == 0) return null;
        Mention subject = site.subject();
        if (Clauses.RELATIVE_PRONOUNS.contains(t.lower(m0 - 1)) && i + 1 < t.size() && FINITE_AUXILIARIES.contains(t.lower(i + 1))) {
            QuoteCandidate c = relativeFrom(site, i + 1, subject);
            if (c != null) return c;
        }
        if (t.is(m0 - 1, "what") && i + 2 < t.size() && Clauses.BE_FORMS.contains(t.lower(i + 1))) {
            return relativeFrom(site, i + 2, subject); // what follows the verb is what was said
        }
        return null;
    }

    private QuoteCandidate relativeFrom(CueSite site, int k, Mention subject) {
        Span content = Clauses.clause(site.text(), site.tokens(), k, site.sentence());
        if (content == null || Spans.wordCount(site.text(), content) < 2) return null;
        return site.quote(content, subject, rule(), RuleConfidence.of(rule()));
    }
}
