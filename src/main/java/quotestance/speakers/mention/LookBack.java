package quotestance.speakers.mention;

import java.util.List;
import java.util.Set;

import quotestance.lexicon.WordLists;
import quotestance.model.Mention;
import quotestance.model.Span;
import quotestance.model.SpeakerType;
import quotestance.text.TokenText;

/**
 * One look for the speaker before a cue: the sentence, the cue, how many asides it may still skip, where the
 * phrase nearest the cue ends (a rule of the nearest stage may move it left), and, for the beyond stage, what the
 * nearest stage read. Made for one call and dropped after it.
 */
final class LookBack {
    /** What a rule of the nearest stage returns to end the look with no speaker; never returned to callers. */
    static final Mention NOBODY = new Mention(new Span(0, 0), null, List.of(), Mention.Kind.DESCRIPTION,
            SpeakerType.UNKNOWN, (char) 0, "", null);
    private static final Set<String> TIME_NOUNS = WordLists.load("mentions/time-nouns");
    private static final Set<String> TIME_LEADS = WordLists.load("mentions/time-leads");

    private final TokenText t;
    private final int cue;
    private final int asidesLeft;
    private int end = -1;
    private Mention nearest;

    LookBack(TokenText t, int cue, int asidesLeft) {
        this.t = t;
        this.cue = cue;
        this.asidesLeft = asidesLeft;
    }

    TokenText text() {
        return t;
    }

    int cue() {
        return cue;
    }

    int asidesLeft() {
        return asidesLeft;
    }

    /** The last token of the phrase the nearest stage reads. */
    int end() {
        return end;
    }

    /** The rules after this one read the phrase that ends at {@code token}. */
    void skipTo(int token) {
        end = token;
    }

    /** What the nearest stage read: set for the beyond stage, null before. */
    Mention nearest() {
        return nearest;
    }

    void nearestIs(Mention m) {
        nearest = m;
    }

    /** The first token of the name in what the nearest stage read; -1 when that has no name. */
    int nearestNameStart() {
        return nearest.kind() != Mention.Kind.NAME || nearest.name() == null ? -1 : t.tokenAtOrAfter(nearest.name().start());
    }

    /** The phrase that ends nearest token {@code token}, as the nearest stage reads it, with the same asides left. */
    Mention nearestBefore(int token) {
        return MentionSieve.nearestBefore(t, token, asidesLeft);
    }

    /** The speaker before token {@code token}, by all the rules, with one aside fewer left to skip. */
    Mention speakerBefore(int token) {
        return MentionSieve.before(t, token, asidesLeft - 1);
    }

    /**
     * The last token of the phrase before the cue: past auxiliaries ("has also said"), a time phrase ("Trump on
     * Tuesday said", "the ministry late Friday said", "Reyes on Thursday evening said") and a short parenthetical
     * ("Sen. Ann Poe (D-Ore.) said"); -1 when nothing is left before them.
     */
    static int phraseEnd(TokenText t, int cue) {
        int j = cue - 1;
        while (j >= 0 && MentionWords.AUXILIARIES.contains(t.lower(j))) j--;
        int timeStart = j;
        while (timeStart >= 1 && j - timeStart < 2 && TIME_NOUNS.contains(t.lower(timeStart)) && TIME_NOUNS.contains(t.lower(timeStart - 1))) timeStart--;
        if (timeStart >= 1 && TIME_NOUNS.contains(t.lower(timeStart)) && TIME_LEADS.contains(t.lower(timeStart - 1))) {
            j = timeStart - 2;
            if (j >= 0 && t.is(j, "late") || j >= 0 && t.is(j, "early")) j--;
            while (j >= 0 && MentionWords.AUXILIARIES.contains(t.lower(j))) j--;
        }
        return j < 0 ? -1 : Boundaries.beforeParenthetical(t, j);
    }
}
