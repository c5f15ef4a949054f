package quotestance.quotes.sieve;

import quotestance.model.AttributionRule;
import quotestance.model.Mention;
import quotestance.model.Paragraph;
import quotestance.model.QuoteCandidate;
import quotestance.model.Span;
import quotestance.speakers.MentionParser;
import quotestance.text.TokenText;

/**
 * A paragraph that is a social-media post as news sites embed it: the post, a link, a dash, the author's name,
 * the handle and the date ({@link EmbeddedPosts}). The author the byline names is the speaker.
 */
public final class EmbeddedPostSieve implements ParagraphSieve {
    private final MentionParser mentions = new MentionParser();

    @Override
    public AttributionRule rule() {
        return AttributionRule.DIRECT_EMBEDDED_POST;
    }

    @Override
    public QuoteCandidate read(Paragraph p, ArticleView article, Claims claims) {
        String text = article.text();
        EmbeddedPosts.Post post = EmbeddedPosts.in(text, p.span());
        if (post == null || claims.overlapsQuoted(post.content())) return null;
        int firstSentence = article.firstSentenceEndingAfter(p.span().start());
        for (int s = firstSentence; s < article.sentenceCount(); s++) {
            Span span = article.sentence(s).span();
            if (span.end() <= post.author().start()) continue;
            if (span.start() > post.author().start()) return null;
            TokenText t = article.tokens(s);
            int k = t.tokenAtOrAfter(post.author().start());
            Mention m = k < t.size() ? mentions.after(t, k) : null;
            if (m == null || m.kind() != Mention.Kind.NAME || m.span().end() > post.author().end()) return null;
            int first = s;
            while (first > firstSentence && article.sentence(first - 1).span().end() > post.content().start()) first--;
            claims.takeQuoted(post.content());
            // verbatim, but in no quotation marks: the kind says which words stand in marks, as annotators read it
            return new QuoteCandidate(post.content(), Spans.kindOf(text, post.content()), null, null, m, rule(), RuleConfidence.of(rule()),
                    first, p.index(), false);
        }
        return null;
    }
}
