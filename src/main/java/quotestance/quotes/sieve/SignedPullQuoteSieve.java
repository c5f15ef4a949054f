package quotestance.quotes.sieve;

import java.util.Locale;

import quotestance.lexicon.Lexicons;
import quotestance.model.AttributionRule;
import quotestance.model.Mention;
import quotestance.model.Paragraph;
import quotestance.model.QuoteCandidate;
import quotestance.model.Span;
import quotestance.model.SpeakerType;
import quotestance.speakers.MentionParser;
import quotestance.text.TokenText;

/**
 * A pull quote: a paragraph of someone's words signed with their name, and perhaps their role, as its last
 * sentence ("It's very bad for our seniors. Rosa Peters, Lake Elm mayor"). The name must start with a known
 * given name and the signature holds no cue; the sentences before it are the quote.
 */
public final class SignedPullQuoteSieve implements ParagraphSieve {
    private static final int MAX_SIGNATURE_TOKENS = 14;
    private static final int MIN_PULL_QUOTE_WORDS = 6;

    private final MentionParser mentions = new MentionParser();
    private final Lexicons lex = Lexicons.get();

    @Override
    public AttributionRule rule() {
        return AttributionRule.DIRECT_SIGNED;
    }

    @Override
    public QuoteCandidate read(Paragraph p, ArticleView article, Claims claims) {
        String text = article.text();
        int last = -1;
        int first = -1;
        for (int s = article.firstSentenceEndingAfter(p.span().start()); s < article.sentenceCount(); s++) {
            Span span = article.sentence(s).span();
            if (span.start() >= p.span().end()) break;
            if (span.end() <= p.span().start()) continue;
            if (first < 0) first = s;
            last = s;
        }
        if (last <= first) return null;
        TokenText t = article.tokens(last);
        if (!isSignature(t)) return null;
        // "... then-Sen. Barack Obama.": a sentence cut at a title, not a signature
        if (endsWithTitle(article.tokens(last - 1))) return null;
        Span content = Spans.trim(text, new Span(Math.max(article.sentence(first).span().start(), p.span().start()),
                article.sentence(last - 1).span().end()));
        if (content == null || Spans.wordCount(text, content) < MIN_PULL_QUOTE_WORDS || claims.overlapsQuoted(content)) return null;
        Mention m = mentions.after(t, 0);
        if (m == null || m.kind() != Mention.Kind.NAME || m.type() != SpeakerType.PERSON) return null;
        claims.takeQuoted(content);
        return new QuoteCandidate(content, Spans.kindOf(text, content), null, null, m, rule(), RuleConfidence.of(rule()), first, p.index(), false);
    }

    /** Two to four capitalised words from a known given name on, then perhaps a comma and a role with no verb. */
    private boolean isSignature(TokenText t) {
        int n = t.size();
        if (n < 2 || n > MAX_SIGNATURE_TOKENS || !t.isCapitalized(0) || lex.gender(t.lower(0)) == 0) return false;
        int nameEnd = 0;
        while (nameEnd + 1 < n && t.isCapitalized(nameEnd + 1)) nameEnd++;
        if (nameEnd < 1 || nameEnd > 3) return false;
        int k = nameEnd + 1;
        if (k < n && t.isPunct(k, ',')) { // the role: a few words, no verb, no sentence of its own
            for (k = k + 1; k < n; k++) {
                if (!t.isWord(k) && !t.isPunct(k, '.') && !t.isPunct(k, '-') && !t.isPunct(k, ',')) return false;
                if (lex.cue(t.lower(k)) != null) return false; // "Hugh Hill, a doctor, said ...": an attribution, not a signature
                if (t.isPunct(k, '.') && k < n - 1) return false;
            }
            return true;
        }
        return k >= n || k == n - 1 && t.isPunct(k, '.');
    }

    private boolean endsWithTitle(TokenText t) {
        int k = t.size() - 1;
        if (k >= 0 && t.isPunct(k, '.')) k--;
        if (k < 0) return false;
        String w = t.word(k);
        if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
        String last = w.substring(w.lastIndexOf('-') + 1);
        return !last.isEmpty() && Character.isUpperCase(last.charAt(0)) && lex.isTitle(last.toLowerCase(Locale.ROOT));
    }
}
