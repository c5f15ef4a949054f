package quotestance.model;

/**
 * The pattern that read a speaker mention off the text: {@code quotes.mention_rule}. Most mentions are noun
 * phrases next to a cue, split into titles and a name; the others are the shapes named here.
 */
public enum MentionRule {
    /** a noun phrase next to the cue, read as titles and a name ("Maj. Gen. Mohammad Bagheri", "the ministry") */
    NOUN_PHRASE("noun-phrase"),
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
