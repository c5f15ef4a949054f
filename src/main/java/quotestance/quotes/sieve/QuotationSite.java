package quotestance.quotes.sieve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import quotestance.lexicon.Lexicons;
import quotestance.lexicon.WordLists;
import quotestance.model.AttributionRule;
import quotestance.model.Mention;
import quotestance.model.Paragraph;
import quotestance.model.QuoteCandidate;
import quotestance.model.QuoteKind;
import quotestance.model.Span;
import quotestance.text.Quotation;
import quotestance.text.QuotationMarks;
import quotestance.text.TokenText;

/**
 * A quotation in its paragraph, with what every quotation sieve reads first: its words, the sentence it opens
 * in, the words before it in that sentence, and whether it stands inside a sentence of the author's.
 */
public final class QuotationSite {
    private final ArticleView article;
    private final Paragraph paragraph;
    private final Quotation quotation;
    private final Quotation previous;
    private final int sentence;
    private final Span content;
    private final int preStart;
    private final String pre;
    private final boolean ownSentence;
    private final boolean embedded;
    private int cueBefore = UNREAD;
    private int closeSentence = UNREAD;
    private int afterClose;

    private static final int UNREAD = -2;
    private static final Set<String> LIST_JOINERS = WordLists.load("quotes/list-joiners");

    private QuotationSite(ArticleView article, Paragraph p, Quotation q, Quotation previous, int sentence, Span content) {
        this.article = article;
        this.paragraph = p;
        this.quotation = q;
        this.previous = previous;
        this.sentence = sentence;
        this.content = content;
        String text = article.text();
        int sentenceStart = Math.max(article.sentence(sentence).span().start(), p.span().start());
        this.preStart = previous != null && previous.closed() && previous.closeMark().end() > sentenceStart
                ? previous.closeMark().end() : sentenceStart;
        this.pre = text.substring(Math.min(preStart, q.openMark().start()), q.openMark().start()).strip();
        // `... wrote on X. "No to ..."`: the splitter took "X." for an initial; the quotation is a sentence of its own
        this.ownSentence = !pre.isEmpty() && newSentenceAfter(pre, text, content);
        this.embedded = !pre.isEmpty() && !pre.endsWith(":") && !pre.endsWith("\u2014") && !pre.endsWith("-")
                && !(pre.endsWith(",") && hasCue(tokens(), preStart, q.openMark().start())) && !ownSentence
                || listedAfter(text, previous, q, sentenceStart, content); // `"grapple," "optics," "eschew"`
    }

    /** The quotations of the paragraph that hold a word, in text order. */
    public static List<QuotationSite> in(ArticleView article, Paragraph p) {
        List<Quotation> quotations = QuotationMarks.find(article.original(), p.span());
        List<QuotationSite> out = new ArrayList<>(quotations.size());
        for (int i = 0; i < quotations.size(); i++) {
            Quotation q = quotations.get(i);
            Span content = Spans.trim(article.text(), q.content());
            if (content == null || Spans.wordCount(article.text(), content) < 1) continue;
            out.add(new QuotationSite(article, p, q, i > 0 ? quotations.get(i - 1) : null,
                    article.sentenceAt(q.openMark().start()), content));
        }
        return out;
    }

    public Paragraph paragraph() {
        return paragraph;
    }

    public Quotation quotation() {
        return quotation;
    }

    /** The quotation before this one in its paragraph, or null. */
    public Quotation previous() {
        return previous;
    }

    /** The sentence the quotation opens in. */
    public int sentence() {
        return sentence;
    }

    public TokenText tokens() {
        return article.tokens(sentence);
    }

    /** The quoted words, without the spaces inside the marks. */
    public Span content() {
        return content;
    }

    /** Where the words before the quotation start: the sentence's start, or the previous quotation's close. */
    public int preStart() {
        return preStart;
    }

    /** The words before the quotation in its sentence, stripped. */
    public String pre() {
        return pre;
    }

    public boolean closed() {
        return quotation.closed();
    }

    /** After a full stop, opening with a capital: a sentence of its own whatever the splitter said. */
    public boolean ownSentence() {
        return ownSentence;
    }

    /** Inside a sentence of the author's, or one term of a list of quoted words. */
    public boolean embedded() {
        return embedded;
    }

    /** The speech cue (or "according") among the dozen tokens before the opening mark; -1 if none. */
    public int cueBefore() {
        if (cueBefore == UNREAD) cueBefore = cueBefore(tokens(), quotation.openMark().start(), preStart);
        return cueBefore;
    }

    /**
     * The sentence the closing mark ends in, where an attribution after the quotation stands; -1 when the
     * quotation is open or no sentence holds its close.
     */
    public int closeSentence() {
        if (closeSentence == UNREAD) readClose();
        return closeSentence;
    }

    /** The first token after the closing mark in {@link #closeSentence()}; its size when the quotation ends the sentence. */
    public int afterClose() {
        if (closeSentence == UNREAD) readClose();
        return afterClose;
    }

    /** The tokens of {@link #closeSentence()}. */
    public TokenText closeTokens() {
        return article.tokens(closeSentence());
    }

    /**
     * The token where an attribution right after the closing mark (and its comma) starts, in
     * {@link #closeTokens()}; -1 when the quotation is open, is inside a sentence of the author's, or ends its
     * sentence.
     */
    public int attributionStart() {
        if (!closed() || embedded || closeSentence() < 0) return -1;
        TokenText t = closeTokens();
        int i = afterClose;
        if (i >= t.size()) return -1;
        if (t.isPunct(i, ',')) i++;
        return i < t.size() ? i : -1;
    }

    /** The quotation's words as a direct quote with this attribution. */
    public QuoteCandidate quote(Span cue, String cueLemma, Mention speaker, AttributionRule rule, double confidence) {
        // a paragraph left open: the quotation goes on in the next one
        return new QuoteCandidate(content, QuoteKind.DIRECT, cue, cueLemma, speaker, rule, confidence, sentence,
                paragraph.index(), !quotation.closed());
    }

    private void readClose() {
        closeSentence = -1;
        if (!quotation.closed()) return;
        int closeEnd = quotation.closeMark().end();
        int k = Math.max(sentence, article.firstSentenceEndingAfter(closeEnd - 1));
        if (k >= article.sentenceCount()) return;
        TokenText t = article.tokens(k);
        int i = t.tokenAtOrAfter(closeEnd);
        while (i < t.size() && t.start(i) < closeEnd) i++;
        closeSentence = k;
        afterClose = i;
    }

    private static int cueBefore(TokenText t, int openAt, int from) {
        int last = t.tokenBefore(openAt);
        for (int j = last; j >= 0 && t.start(j) >= from; j--) {
            Lexicons.CueWord c = Lexicons.get().cue(t.lower(j));
            if (c != null && c.speech()) return j;
            if (j < last - 12) break;
        }
        return accordingToAt(t, Math.max(0, t.tokenAtOrAfter(from)), last);
    }

    /** The token where "according to" starts between {@code from} and {@code to}; -1 if none. */
    private static int accordingToAt(TokenText t, int from, int to) {
        for (int j = from; j < to && j + 1 < t.size(); j++) {
            if (t.is(j, "according") && t.is(j + 1, "to")) return j;
        }
        return -1;
    }

    private static boolean hasCue(TokenText t, int from, int to) {
        for (int j = Math.max(0, t.tokenAtOrAfter(from)); j < t.size() && t.start(j) < to; j++) {
            Lexicons.CueWord c = Lexicons.get().cue(t.lower(j));
            if (c != null && c.speech() || t.is(j, "according")) return true;
        }
        return false;
    }

    /** The words before the quotation end a sentence, and the quotation opens with a capital: it is a sentence of its own. */
    private static boolean newSentenceAfter(String pre, String text, Span content) {
        char last = pre.charAt(pre.length() - 1);
        if (last != '.' && last != '!' && last != '?') return false;
        return content.start() < content.end() && Character.isUpperCase(text.charAt(content.start()));
    }

    /**
     * A short quotation that follows another in the same sentence with only a comma or "and" between them: one
     * term of a list of quoted words, as the one before it.
     */
    private static boolean listedAfter(String text, Quotation previous, Quotation q, int sentenceStart, Span content) {
        if (previous == null || !previous.closed() || previous.closeMark().end() <= sentenceStart) return false;
        String between = text.substring(previous.closeMark().end(), q.openMark().start()).strip();
        boolean joined = between.isEmpty() || LIST_JOINERS.contains(between);
        return joined && Spans.wordCount(text, content) <= 4 && Spans.wordCount(text, previous.content()) <= 4;
    }
}
