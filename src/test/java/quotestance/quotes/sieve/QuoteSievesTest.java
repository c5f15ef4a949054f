package quotestance.quotes.sieve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import quotestance.model.AttributionRule;
import quotestance.model.QuoteCandidate;

/** The one order of the sieves, and the whole chain with its reconciliation steps. */
class QuoteSievesTest {
    @Test
    void everyRuleHasOneSieveInTheOrder() {
        List<AttributionRule> rules = QuoteSieves.ORDER.stream().map(QuoteSieve::rule).toList();
        assertEquals(AttributionRule.values().length, rules.size());
        assertEquals(EnumSet.allOf(AttributionRule.class), EnumSet.copyOf(rules));
    }

    @Test
    void aCueADirectQuoteTookGivesNoReportedQuote() {
        ArticleView view = Sieved.view("\"The bridge will reopen in May,\" said Lena Okafor, who added that the ferry would run "
                + "until then.\n\nThe water is safe to drink again, the utility said, according to the agency.");
        List<QuoteCandidate> quotes = QuoteSieves.find(view);
        List<String> found = quotes.stream().map(q -> q.rule().label() + " " + q.content().of(view.text())).toList();
        assertEquals(List.of("direct:cue-after-inverted The bridge will reopen in May,",
                "reported:clause-after-cue that the ferry would run until then",
                "reported:clause-before-subject The water is safe to drink again"), found);
    }
}
