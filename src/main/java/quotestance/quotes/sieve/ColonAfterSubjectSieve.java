package quotestance.quotes.sieve;

import quotestance.model.AttributionRule;
import quotestance.model.Mention;
import quotestance.model.QuoteCandidate;
import quotestance.speakers.MentionParser;
import quotestance.text.TokenText;

/**
 * {@code Dave Martell, a family doctor, is more blunt: "..."}: no cue before the quotation, but a sentence about
 * a named person that ends in a colon; its subject speaks.
 */
public final class ColonAfterSubjectSieve implements QuotationSieve {
    private final Subjects subjects = new Subjects(new MentionParser());

    @Override
    public AttributionRule rule() {
        return AttributionRule.DIRECT_COLON_AFTER_SUBJECT;
    }

    @Override
    public QuoteCandidate read(QuotationSite q, ArticleView article, Claims claims) {
        if (q.cueBefore() >= 0 || !q.pre().endsWith(":")) return null;
        TokenText t = q.tokens();
        Mention subject = subjects.sentenceSubject(t, t.tokenBefore(q.quotation().openMark().start()));
        if (subject == null || subject.kind() == Mention.Kind.DESCRIPTION) return null;
        return q.quote(null, null, subject, rule(), RuleConfidence.of(rule()));
    }
}
