package quotestance.speakers.mention;

import static quotestance.model.Mention.Kind.DESCRIPTION;
import static quotestance.model.Mention.Kind.NAME;

import org.junit.jupiter.api.Test;

import quotestance.model.MentionRule;
import quotestance.model.SpeakerType;

/** A name after "of", "in" or "at" is where the speaker is from or is, not who spoke. */
class PlaceTest {
    private final MentionFixture fixture = new MentionFixture();

    @Test
    void aPersonOfAPlace() {
        fixture.before("Rep. Ana Ferro of Nevada said the bill would pass.", "said")
                .is("Rep. Ana Ferro of Nevada", "Ana Ferro", NAME, SpeakerType.PERSON, MentionRule.PERSON_OF_PLACE);
    }

    @Test
    void anInstitutionsNameIsNoPlace() {
        fixture.before("The Bank of Lesotho said rates would hold.", "said")
                .is("The Bank of Lesotho", "Bank of Lesotho", NAME, SpeakerType.ORGANIZATION, MentionRule.NOUN_PHRASE);
    }

    @Test
    void aSpeakerPlacedWithInOrAt() {
        fixture.before("Officials in Lisbon say the strike is over.", "say")
                .is("Officials in Lisbon", null, DESCRIPTION, SpeakerType.PERSON, MentionRule.SPEAKER_AT_PLACE).head("officials");
        fixture.before("The health ministry in Kabul said two clinics had closed.", "said")
                .is("The health ministry in Kabul", null, DESCRIPTION, SpeakerType.ORGANIZATION, MentionRule.SPEAKER_AT_PLACE);
    }
}
