package quotestance.quotes.sieve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import quotestance.model.QuoteCandidate;

/**
 * The attribution sieves in the order they run, most certain first, and the reconciliation steps between and
 * after them. Each sieve reads one kind of unit and the first in this order to read a unit takes it:
 * <ol>
 * <li>each quotation in marks, paragraph by paragraph: an attribution right after the closing mark (inverted,
 * subject first, next sentence, dash and name), then one before the opening mark, then a sentence's subject
 * before a colon; a quotation with none floats;</li>
 * <li>then each paragraph as one quote with no marks: an embedded post, a signed pull quote, a labelled turn;</li>
 * <li>then, once every paragraph is read, each cue word no direct quote took, sentence by sentence: "according
 * to", a relative clause, "quoted as saying", "called", the clause around or before the attribution, the clause
 * after the cue, and the clause before an inverted cue. Each new reported quote meets the one kept before it in
 * its sentence through {@link #BETWEEN_CUES}.</li>
 * </ol>
 * {@link #AFTER_ALL} then settles what is left, and the quotes go in text order.
 */
public final class QuoteSieves {
    /** Every sieve, in the order it runs. */
    public static final List<QuoteSieve> ORDER = List.of(
            new CueAfterInvertedSieve(),
            new CueAfterSieve(),
            new CueNextSentenceSieve(),
            new DashNameSieve(),
            new CueBeforeSieve(),
            new ColonAfterSubjectSieve(),
            new FloatingSieve(),
            new EmbeddedPostSieve(),
            new SignedPullQuoteSieve(),
            new LabelSieve(),
            new AccordingToSieve(),
            new RelativeClauseSieve(),
            new QuotedAsSayingSieve(),
            new NamingSieve(),
            new ParentheticalSieve(),
            new ClauseBeforeSubjectSieve(),
            new ClauseAfterCueSieve(),
            new ClauseBeforeInvertedSieve());

    /** Between a reported quote just found and the one kept before it in its sentence, in this order. */
    public static final List<PairStep> BETWEEN_CUES = List.of(
            new TrimAgainstDirectQuotes(),
            new SourceCarriesAttribution(),
            new ClosingAttributionWins(),
            new CoordinatedCueEndsClause(),
            new NestedCueIsReported());

    /** Over all the quotes, once every sieve has run, in this order. */
    public static final List<FinalStep> AFTER_ALL = List.of(
            new PageFurnitureGoes(),
            new LabelTakesUnattributed(),
            new SplitParentheticals());

    private QuoteSieves() {
    }

    /** The quotes of the article, in text order: every sieve of {@link #ORDER}, and the steps between and after. */
    public static List<QuoteCandidate> find(ArticleView article) {
        List<QuoteCandidate> out = new SieveChains(ORDER, BETWEEN_CUES).find(article, new Claims(article));
        for (FinalStep step : AFTER_ALL) out = step.apply(out, article);
        out = new ArrayList<>(out);
        out.sort(Comparator.comparing(QuoteCandidate::content));
        return out;
    }
}
