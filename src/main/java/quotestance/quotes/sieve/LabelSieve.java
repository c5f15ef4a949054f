package quotestance.quotes.sieve;

import java.util.List;

import quotestance.lexicon.Lexicons;
import quotestance.model.AttributionRule;
import quotestance.model.Mention;
import quotestance.model.Paragraph;
import quotestance.model.QuoteCandidate;
import quotestance.model.QuoteKind;
import quotestance.model.Span;
import quotestance.model.SpeakerType;
import quotestance.speakers.MentionParser;
import quotestance.text.TokenText;

/**
 * A paragraph that opens with a person's name and a colon: a transcript's turn ("KATE BOLD: Why not debate?") or
 * a headline's quote ("Ana Ruiz: 'We Will Not Retreat'"). The name must start with a known given name. When the
 * paragraph's last quotation that overlaps the words after the colon has no speaker of its own, the label is its
 * speaker: the sieve gives that quotation again, labelled, for {@link LabelTakesUnattributed} to put in its place.
 */
public final class LabelSieve implements ParagraphSieve {
    private static final int MIN_LABELLED_WORDS = 3;

    private final MentionParser mentions = new MentionParser();
    private final Lexicons lex = Lexicons.get();

    @Override
    public AttributionRule rule() {
        return AttributionRule.DIRECT_LABEL;
    }

    @Override
    public QuoteCandidate read(Paragraph p, ArticleView article, Claims claims) {
        String text = article.text();
        int first = article.firstSentenceEndingAfter(p.span().start());
        if (first >= article.sentenceCount() || article.sentence(first).span().start() >= p.span().end()) return null;
        TokenText t = article.tokens(first);
        if (t.size() < 4 || t.start(0) < p.span().start() || lex.gender(t.lower(0)) == 0) return null;
        int colon = 1;
        while (colon < t.size() && colon <= 4 && t.isWord(colon) && t.isCapitalized(colon)) colon++;
        if (colon < 2 || colon > 4 || colon + 1 >= t.size() || !t.isPunct(colon, ':')) return null;
        Mention m = mentions.after(t, 0);
        if (m == null || m.kind() != Mention.Kind.NAME || t.tokenAtOrAfter(m.span().end()) != colon) return null;
        if (m.type() != SpeakerType.PERSON) { // "KATE BOLD:": capitals make no acronym of a given name
            m = new Mention(m.span(), m.name(), m.titles(), m.kind(), SpeakerType.PERSON, lex.gender(t.lower(0)), m.head(), m.rule());
        }
        int a = t.end(colon);
        int b = p.span().end();
        while (a < b && Character.isWhitespace(text.charAt(a))) a++;
        boolean marked = a < b && Spans.isQuoteChar(text.charAt(a));
        while (a < b && (Character.isWhitespace(text.charAt(a)) || Spans.isQuoteChar(text.charAt(a)))) a++;
        while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || Spans.isQuoteChar(text.charAt(b - 1)))) b--;
        if (b <= a) return null;
        Span content = new Span(a, b);
        if (Spans.wordCount(text, content) < MIN_LABELLED_WORDS) return null;
        List<QuoteCandidate> quotations = claims.quotationsIn(p.index());
        for (int i = quotations.size() - 1; i >= 0; i--) {
            QuoteCandidate c = quotations.get(i);
            if (!c.content().overlaps(content)) continue;
            if (c.mention() != null) return null; // the quotation has its own speaker
            return new QuoteCandidate(c.content(), c.kind(), null, null, m, rule(), RuleConfidence.of(rule()), c.sentenceIndex(),
                    c.paragraphIndex(), false);
        }
        if (claims.overlapsQuoted(content)) return null;
        claims.takeQuoted(content);
        QuoteKind kind = marked ? QuoteKind.DIRECT : Spans.kindOf(text, content);
        return new QuoteCandidate(content, kind, null, null, m, rule(), RuleConfidence.of(rule()), first, p.index(), false);
    }
}
