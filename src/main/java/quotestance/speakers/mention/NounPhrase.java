package quotestance.speakers.mention;

import quotestance.model.Mention;
import quotestance.model.MentionRule;
import quotestance.text.TokenText;

/**
 * "Maj. Gen. Mohammad Bagheri said", "the ministry said": the noun phrase that ends right before the cue, read as
 * titles and a name ({@link MentionRule#NOUN_PHRASE}); when that phrase is where a person works, the person before
 * it ("Kent Moore at the University of Toronto says", {@link MentionRule#PERSON_AT_WORKPLACE}).
 */
final class NounPhrase implements BeforeCueRule.Nearest {
    @Override
    public Mention read(LookBack at) {
        TokenText t = at.text();
        int j = at.end();
        int s = NounPhraseScanner.scanLeft(t, j);
        if (NounPhraseScanner.isWorkplace(s)) {
            return NounPhraseScanner.personBeforePlace(t, NounPhraseScanner.start(s), j).withRule(MentionRule.PERSON_AT_WORKPLACE);
        }
        return s < 0 ? null : NounPhraseClassifier.classify(t, s, j);
    }
}
