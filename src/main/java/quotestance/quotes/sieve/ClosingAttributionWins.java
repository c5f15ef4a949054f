package quotestance.quotes.sieve;

import quotestance.model.AttributionRule;

/**
 * {@code X, who asked ..., watched it, attorneys said.}: a cue inside the clause of an earlier one, when the later
 * quote's clause stands before its attribution (or around it), is the sentence's own attribution: the earlier
 * quote, a part of that clause, goes.
 */
public final class ClosingAttributionWins implements PairStep {
    @Override
    public Meeting apply(Meeting m, ArticleView article, Claims claims) {
        if (!m.nested()) return m;
        boolean closing = m.next().rule().clauseBefore() || m.next().rule() == AttributionRule.REPORTED_PARENTHETICAL;
        return closing ? m.replacePrevious(null) : m;
    }
}
