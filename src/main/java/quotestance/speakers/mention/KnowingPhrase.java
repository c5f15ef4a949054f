package quotestance.speakers.mention;

import java.util.Set;

import quotestance.lexicon.WordLists;
import quotestance.model.Mention;
import quotestance.model.MentionRule;
import quotestance.model.SpeakerType;
import quotestance.text.TokenText;

/**
 * "sources familiar with the talks told", "people briefed on the matter said", "Those close to the mayor say": the
 * speaker is described by what it knows; the phrase before the phrase of knowing speaks, and the mention runs on
 * to the cue. {@link MentionRule#KNOWING_PHRASE}.
 */
final class KnowingPhrase implements BeforeCueRule.AtCue {
    private static final Set<String> KNOWING_PHRASES = WordLists.load("mentions/knowing-phrases");

    @Override
    public Mention read(LookBack at) {
        TokenText t = at.text();
        int cue = at.cue();
        int familiar = knowingPhraseStart(t, cue);
        if (familiar <= 0) return null;
        Mention who = at.nearestBefore(familiar);
        if (who != null) return Readings.widened(who, t.end(cue - 1), MentionRule.KNOWING_PHRASE);
        if (t.is(familiar - 1, "those") || t.is(familiar - 1, "people")) { // "Those close to the mayor say"
            return Readings.description(t, familiar - 1, cue - 1, SpeakerType.UNKNOWN, t.lower(familiar - 1), MentionRule.KNOWING_PHRASE);
        }
        return null;
    }

    /**
     * The token that opens a phrase of knowledge right before the cue ("familiar with the talks", "close to the
     * negotiations", "briefed on the matter", "with knowledge of the plan"); -1 when there is none.
     */
    private static int knowingPhraseStart(TokenText t, int cue) {
        for (int k = cue - 2; k >= Math.max(1, cue - 7); k--) {
            if (!t.isWord(k)) return -1;
            String w = t.lower(k);
            // the first word alone, before the pair: a string is built only for the few words that may open one
            if (MentionWords.KNOWING_WORDS.contains(w) && KNOWING_PHRASES.contains(w + " " + t.lower(k + 1))) return k;
        }
        return -1;
    }
}
