package quotestance.speakers.mention;

import quotestance.model.Mention;
import quotestance.model.MentionRule;
import quotestance.model.SpeakerType;
import quotestance.text.TokenText;

/**
 * "Sen. Chuck Schumer of New York said": the nearest phrase's name follows "of" and a capitalised word, and a
 * person's name stands before the "of": the person spoke, the name is their place. An institution's name keeps
 * its "of" ("the Bank of England"): the phrase before it names no person. {@link MentionRule#PERSON_OF_PLACE}.
 */
final class PersonOfPlace implements BeforeCueRule.Beyond {
    @Override
    public Mention read(LookBack at) {
        TokenText t = at.text();
        int n0 = at.nearestNameStart();
        if (n0 < 2 || !t.is(n0 - 1, "of") || !t.isCapitalized(n0 - 2)) return null;
        Mention person = at.nearestBefore(n0 - 1);
        return person != null && person.kind() == Mention.Kind.NAME && person.type() == SpeakerType.PERSON
                ? Readings.widened(person, at.nearest().span().end(), MentionRule.PERSON_OF_PLACE) : null;
    }
}
