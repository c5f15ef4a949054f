package quotestance.speakers.mention;

import static quotestance.model.Mention.Kind.DESCRIPTION;

import org.junit.jupiter.api.Test;

import quotestance.model.MentionRule;
import quotestance.model.SpeakerType;

/** Sources described by what they know: the phrase before the phrase of knowing speaks, the mention runs to the cue. */
class KnowingPhraseTest {
    private final MentionFixture fixture = new MentionFixture();

    @Test
    void theDescriptionBeforeThePhraseOfKnowingSpeaks() {
        fixture.before("Two officials familiar with the negotiations told the paper the deal was close.", "told")
                .is("Two officials familiar with the negotiations", null, DESCRIPTION, SpeakerType.PERSON, MentionRule.KNOWING_PHRASE)
                .head("officials");
        fixture.before("People briefed on the audit said the accounts were sound.", "said")
                .is("People briefed on the audit", null, DESCRIPTION, SpeakerType.PERSON, MentionRule.KNOWING_PHRASE);
    }

    @Test
    void thoseCloseToSomeoneAreTheSpeakers() {
        fixture.before("Those close to the coach say he will stay another season.", "say")
                .is("Those close to the coach", null, DESCRIPTION, SpeakerType.UNKNOWN, MentionRule.KNOWING_PHRASE)
                .head("those");
    }
}
