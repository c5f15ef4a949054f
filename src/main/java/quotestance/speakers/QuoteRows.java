package quotestance.speakers;

import java.util.ArrayList;
import java.util.List;

import quotestance.model.Quote;
import quotestance.model.QuoteCandidate;
import quotestance.model.SpeakerType;

/**
 * The article's quotes as the output writes them: each candidate with its speaker's name, id and type, its
 * attribution ({@code rule+step}, as {@code direct:cue-after+name}) and its confidence.
 */
final class QuoteRows {
    private QuoteRows() {
    }

    static List<Quote> of(String articleId, List<QuoteCandidate> candidates, Resolved[] resolved) {
        List<Quote> quotes = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            QuoteCandidate c = candidates.get(i);
            Resolved r = resolved[i];
            Entity who = r.speaker();
            quotes.add(new Quote(SpeakerIds.quoteId(articleId, c.content()), c.content(), c.kind(), c.cue(),
                    c.mention() == null ? null : c.mention().span(), c.mention() == null ? null : c.mention().rule(),
                    who == null ? null : who.name,
                    who == null ? null : SpeakerIds.speakerId(articleId, who), who == null ? SpeakerType.UNKNOWN : who.type,
                    c.rule().label() + "+" + r.step().label(), StepConfidence.confidence(c, r), c.sentenceIndex()));
        }
        return quotes;
    }
}
