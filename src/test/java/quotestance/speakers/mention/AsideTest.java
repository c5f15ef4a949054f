package quotestance.speakers.mention;

import static quotestance.model.Mention.Kind.DESCRIPTION;
import static quotestance.model.Mention.Kind.NAME;

import org.junit.jupiter.api.Test;

import quotestance.model.MentionRule;
import quotestance.model.SpeakerType;

/** An aside between commas describes the speaking or the speaker: the speaker is read before it. */
class AsideTest {
    private final MentionFixture fixture = new MentionFixture();

    @Test
    void aParticiplePhrase() {
        fixture.before("A nurse, speaking on condition of anonymity, said the ward was full.", "said")
                .is("A nurse", null, DESCRIPTION, SpeakerType.PERSON, MentionRule.ASIDE);
    }

    @Test
    void aPhraseOfCircumstance() {
        fixture.before("Mayor Ines Toller, in a letter to residents, said the bridge would reopen.", "said")
                .is("Mayor Ines Toller", "Ines Toller", NAME, SpeakerType.PERSON, MentionRule.ASIDE);
    }

    @Test
    void aDescriptionNoLexiconListsBeforeAnAside() {
        fixture.before("A retired engineer, speaking on condition of anonymity, said the crane was unsafe.", "said")
                .is("A retired engineer", null, DESCRIPTION, SpeakerType.UNKNOWN, MentionRule.ASIDE).head("engineer");
    }

    @Test
    void anAdverbBetweenCommasIsNoAside() {
        // "however" hides nothing: the phrase before it is read by the rule that reads it anyway
        fixture.before("Farmers, however, said the drought was worse.", "said")
                .is("Farmers", null, DESCRIPTION, SpeakerType.PERSON, MentionRule.NOUN_PHRASE).head("farmers");
    }
}
