package quotestance.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import quotestance.model.Quote;
import quotestance.model.QuoteCandidate;
import quotestance.model.Sentence;
import quotestance.model.Span;
import quotestance.model.Speaker;

/**
 * Resolves every quote's speaker mention to one speaker of the article, reading the article in order. Names,
 * institutions and roles that are not speakers (yet) are tracked as they come ({@link NameRunEntities},
 * {@link RoleSubjects}), so "Lonechild was elected. She said ..." resolves; each quote goes through the
 * resolution steps of {@link #STEPS}, in order, until one decides it. Then open paragraphs take the speaker of
 * the quotation after them, and the quotes and speakers are written out.
 * <p>
 * Each call keeps what it learns of its article in its own {@link ArticleEntities}, and the steps keep nothing:
 * one resolver may serve many threads at once.
 */
public final class SpeakerResolver {
    /** The article's quotes with resolved speakers, and its speakers. */
    public record Resolution(List<Quote> quotes, List<Speaker> speakers) {
    }

    /**
     * The resolution steps, in the order they are tried: the first that gives a result decides. A mention is
     * read by the steps of its kind only (none, a name, a pronoun, a description), so the groups do not compete;
     * within a group, the more certain reading comes first.
     */
    private static final List<ResolutionStepRule> STEPS = List.of(
            new SameMentionStep(), // "A," she said, "B.": the second quote of one cue repeats the first's result
            // no mention
            new ContinuedStep(), new PreviousSpeakerStep(), new SalientPersonStep(), new UnresolvedStep(),
            // a name
            new NameStep(),
            // a pronoun
            new FirstPersonStep(), new PronounStep(), new PronounUnresolvedStep(),
            // a description
            new TitleStep(), new DescriptionStep());

    private final SpeakerRanking ranking;

    /** A resolver with the speaker ranker the jar ships (the rule steps alone when it ships none). */
    public SpeakerResolver() {
        this(SpeakerRanker.shipped());
    }

    public SpeakerResolver(SpeakerRanker ranker) {
        this.ranking = new SpeakerRanking(ranker);
    }

    public Resolution resolve(String articleId, String normalized, List<Sentence> sentences, List<QuoteCandidate> candidates) {
        return resolve(articleId, normalized, sentences, candidates, null);
    }

    /**
     * Resolves the quotes, handing each quote the ranker judged to {@code ranked} (for training and evaluating the
     * ranker; null for none) once the article is read.
     */
    public Resolution resolve(String articleId, String normalized, List<Sentence> sentences, List<QuoteCandidate> candidates,
                              Consumer<RankedQuote> ranked) {
        if (candidates.isEmpty()) return new Resolution(List.of(), List.of());
        ArticleEntities article = new ArticleEntities(normalized);
        Resolved[] resolved = new Resolved[candidates.size()];
        List<SpeakerRanking.Record> records = ranked == null ? null : new ArrayList<>();
        for (ArticleEvent e : ArticleEvents.inReadingOrder(normalized, sentences, candidates)) {
            switch (e.kind()) {
                case QUOTE -> resolved[e.candidate()] = resolveQuote(candidates.get(e.candidate()), e.at(), article, records);
                case ROLE_SUBJECT -> RoleSubjects.holderIsSubject(article, e.span(), e.at());
                case NEW_ROLE_HOLDER -> RoleSubjects.newHolder(article, e.span(), e.at());
                case NAME_AS_SUBJECT, NAME_AFTER_PREPOSITION, NAME_IN_PASSING -> NameRunEntities.see(article, e);
            }
        }
        OpenParagraphs.takeNextSpeaker(candidates, resolved);
        SpeakerRanking.report(records == null ? List.of() : records, ranked);
        List<Quote> quotes = QuoteRows.of(articleId, candidates, resolved);
        return new Resolution(quotes, SpeakerList.of(articleId, article.all(), resolved));
    }

    /**
     * The first step's result for the quote, judged by the ranker where it reads the quote's kind of mention, and
     * recorded in the article's state unless it repeats an earlier one.
     */
    private Resolved resolveQuote(QuoteCandidate quote, int at, ArticleEntities article, List<SpeakerRanking.Record> records) {
        for (ResolutionStepRule step : STEPS) {
            Optional<Resolved> result = step.resolve(quote, at, article);
            if (result.isEmpty()) continue;
            if (!step.seesSpeaker()) return result.get();
            Resolved r = ranking.rerank(quote, at, article, result.get(), records);
            article.settle(quote, at, r);
            return r;
        }
        // every kind of mention has a last step that always answers (unresolved, pronoun-unresolved, description)
        throw new IllegalStateException("no resolution step took the quote at " + at);
    }

    /** A quote's id: its article and its content's place there. */
    public static String quoteId(String articleId, Span content) {
        return SpeakerIds.quoteId(articleId, content);
    }
}
