package quotestance.speakers.mention;

import static org.junit.jupiter.api.Assertions.assertNull;
import static quotestance.model.Mention.Kind.PRONOUN;

import org.junit.jupiter.api.Test;

import quotestance.model.MentionRule;
import quotestance.model.SpeakerType;

/** A pronoun next to the cue, before or after it. */
class PronounTest {
    private final MentionFixture fixture = new MentionFixture();

    @Test
    void aPronounBeforeTheCue() {
        fixture.before("She said the school would reopen in March.", "said")
                .is("She", null, PRONOUN, SpeakerType.UNKNOWN, MentionRule.PRONOUN).gender('f');
        fixture.before("It has said the fares will rise.", "said")
                .is("It", null, PRONOUN, SpeakerType.ORGANIZATION, MentionRule.PRONOUN);
    }

    @Test
    void aContractionTheTokenizerKeptWhole() {
        fixture.before("I'm hoping the rain stops, he said.", "hoping")
                .is("I'm", null, PRONOUN, SpeakerType.UNKNOWN, MentionRule.PRONOUN).head("i");
    }

    @Test
    void aPronounBeforeAnAdverbBetweenCommas() {
        fixture.before("He, however, said the plan was sound.", "said")
                .is("He", null, PRONOUN, SpeakerType.UNKNOWN, MentionRule.PRONOUN).gender('m');
    }

    @Test
    void aPronounAfterTheCueButNotIt() {
        fixture.after("\"We will rebuild,\" said he.", "said")
                .is("he", null, PRONOUN, SpeakerType.UNKNOWN, MentionRule.PRONOUN).gender('m');
        assertNull(fixture.after("The board said it would meet again.", "said").mention());
    }
}
