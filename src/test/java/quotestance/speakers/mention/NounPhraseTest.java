package quotestance.speakers.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static quotestance.model.Mention.Kind.DESCRIPTION;
import static quotestance.model.Mention.Kind.NAME;

import java.util.List;

import org.junit.jupiter.api.Test;

import quotestance.model.MentionRule;
import quotestance.model.SpeakerType;

/** The noun phrase right before the cue, read as titles and a name, past auxiliaries, time and parentheticals. */
class NounPhraseTest {
    private final MentionFixture fixture = new MentionFixture();

    @Test
    void titlesAndAName() {
        MentionFixture.Reading r = fixture.before("Brig. Gen. Tomas Ekdahl said the drill went well.", "said")
                .is("Brig. Gen. Tomas Ekdahl", "Tomas Ekdahl", NAME, SpeakerType.PERSON, MentionRule.NOUN_PHRASE);
        assertEquals(List.of("Brig. Gen."), r.mention().titles());
    }

    @Test
    void anInstitutionKeepsItsOf() {
        fixture.before("The Bank of Lesotho said rates would hold.", "said")
                .is("The Bank of Lesotho", "Bank of Lesotho", NAME, SpeakerType.ORGANIZATION, MentionRule.NOUN_PHRASE);
    }

    @Test
    void aRoleAlone() {
        fixture.before("The harbour pilot has repeatedly said the channel is too shallow.", "said")
                .is("The harbour pilot", null, DESCRIPTION, SpeakerType.PERSON, MentionRule.NOUN_PHRASE);
    }

    @Test
    void pastATimePhraseAndAParenthetical() {
        fixture.before("Reyna Oduya on Thursday evening said the count was over.", "said")
                .is("Reyna Oduya", "Reyna Oduya", NAME, SpeakerType.PERSON, MentionRule.NOUN_PHRASE);
        fixture.before("Sen. Ivo Brandt (D-Ore.) said the tariff would hurt growers.", "said")
                .is("Sen. Ivo Brandt", "Ivo Brandt", NAME, SpeakerType.PERSON, MentionRule.NOUN_PHRASE);
    }

    @Test
    void aPersonBeforeWhereTheyWork() {
        fixture.before("Petra Lund at the University of Oslo says the ice is thinning.", "says")
                .is("Petra Lund", "Petra Lund", NAME, SpeakerType.PERSON, MentionRule.PERSON_AT_WORKPLACE).gender('f');
    }
}
