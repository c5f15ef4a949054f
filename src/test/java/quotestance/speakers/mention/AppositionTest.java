package quotestance.speakers.mention;

import static quotestance.model.Mention.Kind.NAME;
import static quotestance.model.Mention.Kind.PRONOUN;

import org.junit.jupiter.api.Test;

import quotestance.model.MentionRule;
import quotestance.model.SpeakerType;

/** A chain of appositions before the cue: the phrase in it that names a person speaks. */
class AppositionTest {
    private final MentionFixture fixture = new MentionFixture();

    @Test
    void theNameBeforeItsDescription() {
        fixture.before("Hana Ruml, a nurse at the clinic, said the ward was full.", "said")
                .is("Hana Ruml", "Hana Ruml", NAME, SpeakerType.PERSON, MentionRule.APPOSITION);
    }

    @Test
    void theNameAfterItsDescription() {
        fixture.before("The clinic's head nurse, Hana Ruml, said the ward was full.", "said")
                .is("Hana Ruml", "Hana Ruml", NAME, SpeakerType.PERSON, MentionRule.APPOSITION);
    }

    @Test
    void dashesSetOffTheDescription() {
        fixture.before("Gail Moss - an adviser to the council - said the vote was fair.", "said")
                .is("Gail Moss", "Gail Moss", NAME, SpeakerType.PERSON, MentionRule.APPOSITION);
    }

    @Test
    void aPronounHeadsTheChain() {
        fixture.before("He, a former mayor, said the tax was unfair.", "said")
                .is("He", null, PRONOUN, SpeakerType.UNKNOWN, MentionRule.APPOSITION).gender('m');
    }
}
