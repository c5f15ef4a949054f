package quotestance.speakers.mention;

import static quotestance.model.Mention.Kind.DESCRIPTION;

import org.junit.jupiter.api.Test;

import quotestance.model.MentionRule;
import quotestance.model.SpeakerType;

/** A person described by age and role in lower case. */
class AgedDescriptionTest {
    private final MentionFixture fixture = new MentionFixture();

    @Test
    void anAgeAndARole() {
        fixture.before("The 31-year-old goalkeeper said he was ready.", "said")
                .is("The 31-year-old goalkeeper", null, DESCRIPTION, SpeakerType.PERSON, MentionRule.AGED_DESCRIPTION).head("goalkeeper");
        fixture.before("A 58-year-old ferry captain told the court the radar had failed.", "told")
                .is("A 58-year-old ferry captain", null, DESCRIPTION, SpeakerType.PERSON, MentionRule.AGED_DESCRIPTION);
    }
}
