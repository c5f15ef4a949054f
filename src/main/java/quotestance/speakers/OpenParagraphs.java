package quotestance.speakers;

import java.util.List;

import quotestance.model.QuoteCandidate;

/**
 * After the steps: a paragraph of a quotation left open (its quotation goes on in the next paragraph, and so
 * the attribution comes later) takes the speaker of the quotation that goes on after it, within
 * {@link #MAX_PARAGRAPHS_AHEAD} paragraphs. Its step stays what it was; its factor becomes
 * {@link StepConfidence#CARRIED_BACK}.
 */
final class OpenParagraphs {
    /** How many paragraphs ahead the quotation's speaker may stand. */
    static final int MAX_PARAGRAPHS_AHEAD = 3;

    private OpenParagraphs() {
    }

    /** Carries speakers back into {@code resolved}, which holds one result per candidate, in text order. */
    static void takeNextSpeaker(List<QuoteCandidate> candidates, Resolved[] resolved) {
        // the candidates are in text order, so the nearest one with a speaker after each is carried back, never
        // looked for again (a paragraph of many open quotations made that search quadratic)
        int nextWithSpeaker = -1;
        for (int i = candidates.size() - 1; i >= 0; i--) {
            if (resolved[i].speaker() == null && candidates.get(i).continues() && nextWithSpeaker >= 0
                    && candidates.get(nextWithSpeaker).paragraphIndex() <= candidates.get(i).paragraphIndex() + MAX_PARAGRAPHS_AHEAD) {
                resolved[i] = resolved[i].carriedBackFrom(resolved[nextWithSpeaker].speaker());
            }
            if (resolved[i].speaker() != null) nextWithSpeaker = i;
        }
    }
}
