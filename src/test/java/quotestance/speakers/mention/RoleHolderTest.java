package quotestance.speakers.mention;

import static quotestance.model.Mention.Kind.DESCRIPTION;

import org.junit.jupiter.api.Test;

import quotestance.model.MentionRule;
import quotestance.model.SpeakerType;

/** The holder of a role of an institution, or of anything, spoke: not the institution. */
class RoleHolderTest {
    private final MentionFixture fixture = new MentionFixture();

    @Test
    void theHolderOfARoleOfAnInstitution() {
        fixture.before("The deputy chairman of the Harbour Authority said the pier would close.", "said")
                .is("The deputy chairman of the Harbour Authority", null, DESCRIPTION, SpeakerType.PERSON,
                        MentionRule.ROLE_HOLDER_OF_INSTITUTION).gender('m').head("chairman");
        fixture.before("An inspector with the agency told reporters the valve had failed.", "told")
                .is("An inspector with the agency", null, DESCRIPTION, SpeakerType.PERSON, MentionRule.ROLE_HOLDER_OF_INSTITUTION);
    }

    @Test
    void theHolderOfARoleOfAPhraseNoLexiconNames() {
        fixture.before("A spokeswoman for the buyer said the offer stood.", "said")
                .is("A spokeswoman for the buyer", null, DESCRIPTION, SpeakerType.PERSON, MentionRule.ROLE_HOLDER_OF_PHRASE)
                .gender('f');
        fixture.before("A lawyer for the tenants told the court the rent was unlawful.", "told")
                .is("A lawyer for the tenants", null, DESCRIPTION, SpeakerType.PERSON, MentionRule.ROLE_HOLDER_OF_PHRASE);
    }
}
