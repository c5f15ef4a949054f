package quotestance.speakers.mention;

import static quotestance.model.Mention.Kind.DESCRIPTION;

import org.junit.jupiter.api.Test;

import quotestance.model.MentionRule;
import quotestance.model.SpeakerType;

/** Speakers counted rather than named: a quantifier, "those" and a participle, a share of those asked. */
class CountedSpeakersTest {
    private final MentionFixture fixture = new MentionFixture();

    @Test
    void aQuantifierThatOpensItsClause() {
        fixture.before("Some argued that the fee was too high.", "argued")
                .is("Some", null, DESCRIPTION, SpeakerType.UNKNOWN, MentionRule.QUANTIFIER);
        fixture.before("Others, however, say the fee is fair.", "say")
                .is("Others", null, DESCRIPTION, SpeakerType.UNKNOWN, MentionRule.QUANTIFIER);
    }

    @Test
    void thoseAndAParticiple() {
        fixture.before("All those questioned said the bus was late.", "said")
                .is("All those questioned", null, DESCRIPTION, SpeakerType.UNKNOWN, MentionRule.THOSE_PARTICIPLE).head("those");
    }

    @Test
    void aShareOfThoseAsked() {
        fixture.before("Forty percent of the nurses said they would strike.", "said")
                .is("Forty percent of the nurses", null, DESCRIPTION, SpeakerType.UNKNOWN, MentionRule.SHARE).head("respondents");
        fixture.before("One in five said they would move away.", "said")
                .is("One in five", null, DESCRIPTION, SpeakerType.UNKNOWN, MentionRule.SHARE);
        fixture.before("Nearly two-thirds of riders say the trains are late.", "say")
                .is("Nearly two-thirds of riders", null, DESCRIPTION, SpeakerType.UNKNOWN, MentionRule.SHARE);
    }
}
