package quotestance.speakers;

import java.util.List;
import java.util.Optional;

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

    public Resolution resolve(String articleId, String normalized, List<Sentence> sentences, List<QuoteCandidate> candidates) {
        if (candidates.isEmpty()) return new Resolution(List.of(), List.of());
        ArticleEntities article = new ArticleEntities(normalized);
        Resolved[] resolved = new Resolved[candidates.size()];
        for (ArticleEvent e : ArticleEvents.inReadingOrder(normalized, sentences, candidates)) {
            switch (e.kind()) {
                case QUOTE -> resolved[e.candidate()] = resolveQuote(candidates.get(e.candidate()), e.at(), article);
                case ROLE_SUBJECT -> RoleSubjects.holderIsSubject(article, e.span(), e.at());
                case NEW_ROLE_HOLDER -> RoleSubjects.newHolder(article, e.span(), e.at());
                case NAME_AS_SUBJECT, NAME_AFTER_PREPOSITION, NAME_IN_PASSING -> NameRunEntities.see(article, e);
            }
        }
        OpenParagraphs.takeNextSpeaker(candidates, resolved);
        List<Quote> quotes = QuoteRows.of(articleId, candidates, resolved);
        return new Resolution(quotes, SpeakerList.of(articleId, article.all(), resolved));
    }

    /** The first step's result for the quote, recorded in the article's state unless it repeats an earlier one. */
    private static Resolved resolveQuote(QuoteCandidate quote, int at, ArticleEntities article) {
        for (ResolutionStepRule step : STEPS) {
            Optional<Resolved> result = step.resolve(quote, at, article);
            if (result.isEmpty()) continue;
            if (step.seesSpeaker()) article.settle(quote, at, result.get());
            return result.get();
        }
        // every kind of mention has a last step that always answers (unresolved, pronoun-unresolved, description)
        throw new IllegalStateException("no resolution step took the quote at " + at);
    }

    /** A quote's id: its article and its content's place there. */
    public static String quoteId(String articleId, Span content) {
        return SpeakerIds.quoteId(articleId, content);
    }
}
