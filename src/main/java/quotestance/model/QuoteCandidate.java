package quotestance.model;

import quotestance.model.Mention;
import quotestance.model.QuoteKind;
import quotestance.model.Span;

/**
 * A quote as the finders see it, before its speaker is resolved: the content, the cue and the speaker
 * mention next to it (both null for a floating quote), the rule that found it and how sure that rule is.
 *
 * @param continues true for a paragraph of a quotation that runs on into the next paragraph: it takes the
 *                  speaker of the paragraph that closes the quotation
 */
public record QuoteCandidate(Span content, QuoteKind kind, Span cue, String cueLemma, Mention mention,
                             AttributionRule rule, double confidence, int sentenceIndex, int paragraphIndex, boolean continues) {
}
