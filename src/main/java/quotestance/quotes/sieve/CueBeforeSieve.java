package quotestance.quotes.sieve;

import quotestance.attribution.ConfidenceTable;
import quotestance.model.AttributionRule;
import quotestance.model.Mention;
import quotestance.model.QuoteCandidate;
import quotestance.model.Span;
import quotestance.speakers.MentionParser;
import quotestance.text.TokenText;

/**
 * {@code Hill said: "..."}, {@code He said, "..."}, {@code Wang said "..."}: the speaker and a speech cue (or
 * "according to") before the opening mark, then a colon, a comma, or nothing but "that" before a quotation of
 * four words or more whose clause does not go on after it.
 */
public final class CueBeforeSieve implements QuotationSieve {
    private final Subjects subjects = new Subjects(new MentionParser());

    @Override
    public AttributionRule rule() {
        return AttributionRule.DIRECT_CUE_BEFORE;
    }

    @Override
    public QuoteCandidate read(QuotationSite q, ArticleView article, Claims claims) {
        int cue = q.cueBefore();
        if (cue < 0) return null;
        String text = article.text();
        TokenText t = q.tokens();
        Span content = q.content();
        boolean glued = endsWithCue(t, cue, q.quotation().openMark().start()); // blamed "far-left activists"
        // `concluded that "it was an insult" to the colonel`: the clause goes on after the quotation, which is a
        // fragment of a mixed quote, not a direct one
        boolean clauseGoesOn = q.closed() && Spans.wordFollows(text, q.quotation().closeMark().end(), article.sentence(q.sentence()).span().end())
                && Character.isLetterOrDigit(text.charAt(content.end() - 1)); // not `"...," and added`
        if (!(q.pre().endsWith(":") || q.pre().endsWith(",") || glued && Spans.wordCount(text, content) >= 4 && !clauseGoesOn)) return null;
        Mention m = subjects.subjectOf(t, cue);
        if (m == null && q.previous() == null) return null;
        claims.takeCue(t.start(cue));
        return q.quote(CuePhrases.cueSpan(t, cue), CuePhrases.cueLemma(t, cue), m, rule(),
                RuleConfidence.of(rule(), m == null ? RuleConfidence.NO_MENTION : ConfidenceTable.ANY));
    }

    /** The cue stands right before the opening mark, or with only "that" between ("Wang said that \"..."). */
    private static boolean endsWithCue(TokenText t, int cue, int openAt) {
        int before = t.tokenBefore(openAt);
        return before == cue || before == cue + 1 && t.is(before, "that");
    }
}
