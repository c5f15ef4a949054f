package quotestance.model;

/**
 * How a quote's speaker was resolved within its article: the second part of {@code quotes.attribution}
 * ({@code direct:cue-after+name}), a table value readers filter on.
 */
public enum ResolutionStep {
    /** the mention holds a name: the entity of that name */
    NAME("name"),
    /** a description that an entity of the article holds as its title ("the defense minister") */
    TITLE("title"),
    /** a description no named entity holds ("a spokesman") */
    DESCRIPTION("description"),
    /** a pronoun, resolved to the nearest fitting entity before it */
    PRONOUN("pronoun"),
    /** a pronoun with no fitting entity before it */
    PRONOUN_UNRESOLVED("pronoun-unresolved"),
    /** "I" outside quotation marks: the speaker of the quotation around it */
    FIRST_PERSON("first-person"),
    /** no mention: the speaker of the quote before, within two paragraphs */
    PREVIOUS_SPEAKER("previous-speaker"),
    /** no mention and no speaker nearby: the person the article has named most recently and most often */
    SALIENT_PERSON("salient-person"),
    /** no mention and no one to give it to */
    UNRESOLVED("unresolved"),
    /** a paragraph of a quotation that runs on: the speaker of the paragraph that closes it */
    CONTINUED("continued"),
    /**
     * the learned speaker ranker chose another entity of the article than the rule step of the mention's kind
     * would have (a pronoun, a description, or no mention)
     */
    RANKER("ranker");

    private final String label;

    ResolutionStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ResolutionStep ofLabel(String label) {
        for (ResolutionStep s : values()) if (s.label.equals(label)) return s;
        throw new IllegalArgumentException("no resolution step " + label);
    }
}
