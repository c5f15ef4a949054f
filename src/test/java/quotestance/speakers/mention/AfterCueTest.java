package quotestance.speakers.mention;

import static org.junit.jupiter.api.Assertions.assertNull;
import static quotestance.model.Mention.Kind.DESCRIPTION;
import static quotestance.model.Mention.Kind.NAME;

import org.junit.jupiter.api.Test;

import quotestance.model.MentionRule;
import quotestance.model.SpeakerType;

/** The speaker after an inverted cue: a noun phrase, or a name after its description in lower case. */
class AfterCueTest {
    private final MentionFixture fixture = new MentionFixture();

    @Test
    void titlesAndANameAfterTheCue() {
        fixture.after("\"The road is open,\" said Interior Minister Karl Ostrow.", "said")
                .is("Interior Minister Karl Ostrow", "Karl Ostrow", NAME, SpeakerType.PERSON, MentionRule.NOUN_PHRASE).gender('m');
    }

    @Test
    void aDescriptionAfterTheCue() {
        fixture.after("\"The road is open,\" said the transport ministry.", "said")
                .is("the transport ministry", null, DESCRIPTION, SpeakerType.ORGANIZATION, MentionRule.NOUN_PHRASE);
    }

    @Test
    void aNameAfterItsDescriptionInLowerCase() {
        fixture.after("\"Milk prices are too low,\" said dairy farmer Ruth Kell.", "said")
                .is("dairy farmer Ruth Kell", "Ruth Kell", NAME, SpeakerType.PERSON, MentionRule.DESCRIBED_NAME).gender('f');
    }

    @Test
    void aClauseAfterTheCueIsNoDescriptionOfAName() {
        // a reported clause: its words before a name describe no speaker
        assertNull(fixture.after("The envoy said the talks with Oman were useful.", "said").mention());
        assertNull(fixture.after("The envoy said farm prices were falling in Chad.", "said").mention());
    }
}
