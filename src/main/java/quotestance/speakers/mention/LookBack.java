package quotestance.speakers.mention;

import java.util.List;
import java.util.Set;

import quotestance.lexicon.WordLists;
import quotestance.model.Mention;
import quotestance.model.Span;
import quotestance.model.SpeakerType;
import quotestance.text.TokenText;

/**
 * One look for the speaker before a cue: the sentence, the cue, the verb whose subject it looks for, how many
 * asides it may still skip, where the phrase nearest the cue ends, and, for the beyond stage, what the nearest
 * stage read. Made for one call.
 */
final class LookBack {
    /** What a rule of the nearest stage returns to end the look with no speaker; never returned to callers. */
    static final Mention NOBODY = new Mention(new Span(0, 0), null, List.of(), Mention.Kind.DESCRIPTION,
            SpeakerType.UNKNOWN, (char) 0, "", null);
    private static final Set<String> TIME_NOUNS = WordLists.load("mentions/time-nouns");
    private static final Set<String> TIME_LEADS = WordLists.load("mentions/time-leads");
    private static final Set<String> TRANSPARENT_ADVERBS = WordLists.load("mentions/transparent-adverbs");

    private final TokenText t;
    private final int cue;
    private final int verb;
    private final int asidesLeft;
    private final int end;
    private final Mention nearest;

    private LookBack(TokenText t, int cue, int verb, int asidesLeft, int end, Mention nearest) {
        this.t = t;
        this.cue = cue;
        this.verb = verb;
        this.asidesLeft = asidesLeft;
        this.end = end;
        this.nearest = nearest;
    }

    /** A look before token {@code cue} for the subject of token {@code verb}, with {@code asidesLeft} asides it may still skip. */
    static LookBack before(TokenText t, int cue, int verb, int asidesLeft) {
        return new LookBack(t, cue, verb, asidesLeft, phraseEnd(t, cue), null);
    }

    /** The same look, for the beyond stage: the nearest stage read {@code m}. */
    LookBack past(Mention m) {
        return new LookBack(t, cue, verb, asidesLeft, end, m);
    }

    TokenText text() {
        return t;
    }

    int cue() {
        return cue;
    }

    /**
     * The verb whose subject the look reads: the cue, or, for the look before an aside, the cue after the aside
     * ("A retired engineer, speaking on condition of anonymity, said").
     */
    int verb() {
        return verb;
    }

    int asidesLeft() {
        return asidesLeft;
    }

    /** The last token of the phrase the nearest stage reads; -1 when no word is left before the cue. */
    int end() {
        return end;
    }

    /** What the nearest stage read: set for the beyond stage only. */
    Mention nearest() {
        return nearest;
    }

    /** The first token of the name in what the nearest stage read; -1 when that has no name. */
    int nearestNameStart() {
        return nearest.kind() != Mention.Kind.NAME || nearest.name() == null ? -1 : t.tokenAtOrAfter(nearest.name().start());
    }

    /** The phrase that ends nearest token {@code token}, as the nearest stage reads it, with the same asides left. */
    Mention nearestBefore(int token) {
        return MentionSieve.nearestBefore(t, token, asidesLeft);
    }

    /** The speaker before token {@code token}, the subject of that token, by all the rules, with one aside fewer left to skip. */
    Mention speakerBefore(int token) {
        return MentionSieve.before(t, token, token, asidesLeft - 1);
    }

    /** The speaker before the aside that opens at token {@code token}: the subject of this look's verb still. */
    Mention speakerBeforeAside(int token) {
        return MentionSieve.before(t, token, verb, asidesLeft - 1);
    }

    /**
     * The last token of the phrase before the cue: past auxiliaries ("has also said"), a time phrase ("Trump on
     * Tuesday said", "the ministry late Friday said", "Reyes on Thursday evening said"), a short parenthetical
     * ("Sen. Ann Poe (D-Ore.) said") and an adverb between commas, which hides no apposition nor aside ("Experts,
     * however, said", "He, too, said"); -1 when no word is left before them.
     */
    private static int phraseEnd(TokenText t, int cue) {
        int j = cue - 1;
        while (j >= 0 && MentionWords.AUXILIARIES.contains(t.lower(j))) j--;
        int timeStart = j;
        while (timeStart >= 1 && j - timeStart < 2 && TIME_NOUNS.contains(t.lower(timeStart)) && TIME_NOUNS.contains(t.lower(timeStart - 1))) timeStart--;
        if (timeStart >= 1 && TIME_NOUNS.contains(t.lower(timeStart)) && TIME_LEADS.contains(t.lower(timeStart - 1))) {
            j = timeStart - 2;
            if (j >= 0 && t.is(j, "late") || j >= 0 && t.is(j, "early")) j--;
            while (j >= 0 && MentionWords.AUXILIARIES.contains(t.lower(j))) j--;
        }
        if (j < 0) return -1;
        j = Boundaries.beforeParenthetical(t, j);
        if (t.isPunct(j, ',') && j >= 3 && TRANSPARENT_ADVERBS.contains(t.lower(j - 1)) && t.isPunct(j - 2, ',')) {
            j -= 3;
            if (t.isPunct(j, ',') || !t.isWord(j)) return -1;
        }
        return j;
    }
}
