package quotestance.model;

/**
 * The pattern that read a speaker mention off the text: {@code quotes.mention_rule}. The mention parser tries
 * its rules in one fixed order (see {@code quotestance.speakers.mention.MentionSieve}); the quote finder adds the
 * last three. A rule that skips words and reads the phrase before them (an aside, a relative clause, a phrase of
 * knowing), or that widens a phrase it read, names the mention it returns: the skip or the widening is what tied
 * the mention to the cue, and the mention's kind and type say what the phrase itself is.
 */
public enum MentionRule {
    /** a noun phrase next to the cue, read as titles and a name ("Maj. Gen. Mohammad Bagheri", "the ministry") */
    NOUN_PHRASE("noun-phrase"),
    /** sources described by what they know, before the cue ("sources familiar with the talks", "those close to her") */
    KNOWING_PHRASE("knowing-phrase"),
    /** the relative "who" before the cue, standing for the phrase before it ("Bortis, who noted", "some traders, who said") */
    RELATIVE_ANTECEDENT("relative-antecedent"),
    /** a pronoun next to the cue ("he said", "said she", "I'm hoping") */
    PRONOUN("pronoun"),
    /** a quantifier alone as the subject ("Some suggested", "but many say") */
    QUANTIFIER("quantifier"),
    /** "those" and a participle as the subject ("All those involved say") */
    THOSE_PARTICIPLE("those-participle"),
    /** a person described by age ("the 26-year-old forward said") */
    AGED_DESCRIPTION("aged-description"),
    /** a share of those asked ("Thirty percent of farmers said", "one in four say") */
    SHARE("share"),
    /** the speaker before an aside set off by commas ("An aide, who asked not to be named, said") */
    ASIDE("aside"),
    /** a chain of appositions before the cue ("Hugh Hill, a doctor at the clinic, said") */
    APPOSITION("apposition"),
    /** the speaker before a relative clause without commas ("An inspector who was in the gallery told") */
    RESTRICTIVE_RELATIVE("restrictive-relative"),
    /** a person before where they work ("Kent Moore at the University of Toronto says") */
    PERSON_AT_WORKPLACE("person-at-workplace"),
    /** a group named by a plural noun phrase that opens the clause ("Social conservatives say", "Critics of the plan say") */
    PLURAL_GROUP("plural-group"),
    /** a lower-case description that opens the clause ("The coast guard said", "A retired engineer says") */
    DEFINITE_DESCRIPTION("definite-description"),
    /** the holder of a role of an institution ("The former chairman of the Regional Assembly said") */
    ROLE_HOLDER_OF_INSTITUTION("role-holder-of-institution"),
    /** a person of a place ("Sen. Chuck Schumer of New York said") */
    PERSON_OF_PLACE("person-of-place"),
    /** a speaker placed with "in" or "at" ("officials in Tehran say", "the health ministry in Gaza said") */
    SPEAKER_AT_PLACE("speaker-at-place"),
    /** the holder of a role of a phrase no lexicon names ("A spokeswoman for the seller said") */
    ROLE_HOLDER_OF_PHRASE("role-holder-of-phrase"),
    /** a name after the cue, after its description in lower case ("said oil and gas worker Mike Wipf") */
    DESCRIBED_NAME("described-name"),
    /** the phrase after "according to" that names no document ("according to two officials") */
    SOURCE_PHRASE("source-phrase"),
    /** the possessor of the document a source names ("according to the union's weekly statement") */
    DOCUMENT_OWNER("document-owner"),
    /** a lower-case described subject before its verb ("The judge spoke out on the plan, saying ...") */
    DESCRIBED_SUBJECT("described-subject");

    private final String label;

    MentionRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
