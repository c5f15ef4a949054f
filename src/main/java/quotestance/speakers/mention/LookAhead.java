package quotestance.speakers.mention;

import quotestance.model.Mention;
import quotestance.model.SpeakerType;
import quotestance.text.TokenText;

/**
 * One look for the speaker from a token on (after a cue, "according to", a dash): the sentence, the first token,
 * and the noun phrase that starts there, scanned once when a rule first asks. Made for one call and dropped after it.
 */
final class LookAhead {
    private final TokenText t;
    private final int from;
    private boolean scanned;
    private Mention phrase;
    private boolean modifierName;

    LookAhead(TokenText t, int from) {
        this.t = t;
        this.from = from;
    }

    TokenText text() {
        return t;
    }

    int from() {
        return from;
    }

    /** The noun phrase that starts at the first token, read as titles and a name; null when none starts there. */
    Mention phrase() {
        scan();
        return phrase;
    }

    /**
     * Whether the phrase is a name that is no person's, with lower-case words after it: the name only modifies what
     * follows ("Chinese foreign ministry spokeswoman Hua Chunying").
     */
    boolean modifierName() {
        scan();
        return modifierName;
    }

    private void scan() {
        if (scanned) return;
        scanned = true;
        int e = NounPhraseScanner.scanRight(t, from);
        phrase = e < from ? null : NounPhraseClassifier.classify(t, from, e);
        modifierName = phrase != null && phrase.kind() == Mention.Kind.NAME && phrase.type() != SpeakerType.PERSON
                && e + 1 < t.size() && t.isWord(e + 1) && !t.isCapitalized(e + 1);
    }
}
