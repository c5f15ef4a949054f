package quotestance.quotes.sieve;

import quotestance.model.QuoteCandidate;
import quotestance.model.Span;
import quotestance.text.TokenText;

/**
 * A reconciliation step between a reported quote just found and the one kept before it in its sentence: it may
 * drop or shorten either. The first step that settles the meeting ends it.
 */
public non-sealed interface PairStep extends ReconciliationStep {
    Meeting apply(Meeting m, ArticleView article, Claims claims);

    /**
     * The quote kept before in the sentence (null when there is none) and the one just found (null once dropped).
     *
     * @param settled true when no later step is to look
     */
    record Meeting(QuoteCandidate previous, QuoteCandidate next, boolean settled) {
        static Meeting of(QuoteCandidate previous, QuoteCandidate next) {
            return new Meeting(previous, next, false);
        }

        Meeting dropNext() {
            return new Meeting(previous, null, true);
        }

        /** The previous quote in its new form, or gone when null; the new one is kept. */
        Meeting replacePrevious(QuoteCandidate p) {
            return new Meeting(p, next, true);
        }

        /** The new quote's cue (or its content when it has none) stands inside the previous quote's clause. */
        boolean nested() {
            if (previous == null) return false;
            Span cueOrContent = cueOrContent();
            return previous.content().contains(cueOrContent) && previous.content().start() < cueOrContent.start();
        }

        /**
         * The new quote's cue is coordinated with the previous one's ("accused X and called on Y", "..., adding"):
         * the speaker's next verb, not a part of what was reported.
         */
        boolean coordinated(ArticleView article) {
            TokenText t = article.tokens(next.sentenceIndex());
            int ci = cueToken(article);
            return ci > 0 && (t.is(ci - 1, "and") || t.is(ci - 1, "also") && t.is(ci - 2, "and")
                    || Clauses.isParticiple(t.lower(ci)) && t.isPunct(ci - 1, ','));
        }

        int cueToken(ArticleView article) {
            return article.tokens(next.sentenceIndex()).tokenAtOrAfter(cueOrContent().start());
        }

        private Span cueOrContent() {
            return next.cue() == null ? next.content() : next.cue();
        }
    }
}
