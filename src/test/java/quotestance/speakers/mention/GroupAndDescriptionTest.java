package quotestance.speakers.mention;

import static quotestance.model.Mention.Kind.DESCRIPTION;

import org.junit.jupiter.api.Test;

import quotestance.model.MentionRule;
import quotestance.model.SpeakerType;

/** Speakers no lexicon names, described where the clause opens: a plural group, a definite description. */
class GroupAndDescriptionTest {
    private final MentionFixture fixture = new MentionFixture();

    @Test
    void aPluralNounPhrase() {
        fixture.before("Local growers say the frost came early.", "say")
                .is("Local growers", null, DESCRIPTION, SpeakerType.UNKNOWN, MentionRule.PLURAL_GROUP).head("growers");
        fixture.before("The school's defenders said the cuts were unfair.", "said")
                .is("The school's defenders", null, DESCRIPTION, SpeakerType.UNKNOWN, MentionRule.PLURAL_GROUP);
    }

    @Test
    void aGroupOfSomething() {
        fixture.before("Critics of the levy said it hurt shops.", "said")
                .is("Critics of the levy", null, DESCRIPTION, SpeakerType.UNKNOWN, MentionRule.PLURAL_GROUP);
        fixture.before("Some in the community say the envoy lied.", "say")
                .is("Some in the community", null, DESCRIPTION, SpeakerType.UNKNOWN, MentionRule.PLURAL_GROUP);
    }

    @Test
    void aDescriptionBeforeAVerbThatIsNeverANoun() {
        fixture.before("The lighthouse keeper said the fog was thick.", "said")
                .is("The lighthouse keeper", null, DESCRIPTION, SpeakerType.UNKNOWN, MentionRule.DEFINITE_DESCRIPTION).head("keeper");
        fixture.before("A retired welder told the inquiry the beams were cracked.", "told")
                .is("A retired welder", null, DESCRIPTION, SpeakerType.UNKNOWN, MentionRule.DEFINITE_DESCRIPTION);
    }
}
