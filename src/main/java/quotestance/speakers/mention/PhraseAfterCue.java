package quotestance.speakers.mention;

import quotestance.model.Mention;
import quotestance.model.MentionRule;

/**
 * "said Defense Minister Ali Ayyoub", "according to the ministry": the noun phrase that starts after the cue, read
 * as titles and a name ({@link MentionRule#NOUN_PHRASE}). Tried twice: first only for a name that is the
 * speaker's own, then, when no rule between found a name, for whatever the phrase is.
 */
final class PhraseAfterCue implements AfterCueRule {
    /** A name that is not only a modifier of the words after it. */
    static final PhraseAfterCue NAMED = new PhraseAfterCue(true);
    /** The phrase as it is: a description, a modifier name, or nothing. */
    static final PhraseAfterCue ANY = new PhraseAfterCue(false);

    private final boolean namesOnly;

    private PhraseAfterCue(boolean namesOnly) {
        this.namesOnly = namesOnly;
    }

    @Override
    public Mention read(LookAhead at) {
        Mention m = at.phrase();
        if (!namesOnly) return m;
        return m != null && m.kind() == Mention.Kind.NAME && !at.modifierName() ? m : null;
    }
}
