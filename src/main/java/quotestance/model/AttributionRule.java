package quotestance.model;

/**
 * The pattern that found a quote: what its speaker mention and cue stand in relation to its content. The
 * label is the first part of {@code quotes.attribution} (a table value readers filter on: it never changes).
 */
public enum AttributionRule {
    /** {@code "...," said Ayoub} */
    DIRECT_CUE_AFTER("direct:cue-after"),
    /** {@code "...," said Ayoub}, the speaker after the verb */
    DIRECT_CUE_AFTER_INVERTED("direct:cue-after-inverted"),
    /** {@code Ayoub said: "..."} */
    DIRECT_CUE_BEFORE("direct:cue-before"),
    /** {@code "..." \n Ayoub said so on Monday.}: the cue opens the next sentence */
    DIRECT_CUE_NEXT_SENTENCE("direct:cue-next-sentence"),
    /** {@code The minister: "..."} */
    DIRECT_COLON_AFTER_SUBJECT("direct:colon-after-subject"),
    /** {@code "..." — Ana Ruiz} */
    DIRECT_DASH_NAME("direct:dash-name"),
    /** a social-media post embedded as text, signed by its byline */
    DIRECT_EMBEDDED_POST("direct:embedded-post"),
    /** a pull quote signed with a name and title */
    DIRECT_SIGNED("direct:signed"),
    /** {@code RUIZ: ...} in a transcript or a labelled headline */
    DIRECT_LABEL("direct:label"),
    /** a quotation with no cue of its own */
    DIRECT_FLOATING("direct:floating"),
    /** {@code according to the ministry, ...} */
    REPORTED_ACCORDING_TO("reported:according-to"),
    /** {@code Ayoub said (that) ...} */
    REPORTED_CLAUSE_AFTER_CUE("reported:clause-after-cue"),
    /** {@code ..., Ayoub said.} */
    REPORTED_CLAUSE_BEFORE_SUBJECT("reported:clause-before-subject"),
    /** {@code ..., said Ayoub.} */
    REPORTED_CLAUSE_BEFORE_INVERTED("reported:clause-before-inverted"),
    /** {@code ..., Ayoub said, ...}: the attribution inside the clause */
    REPORTED_PARENTHETICAL("reported:parenthetical"),
    /** {@code Ayoub was quoted as saying ...} */
    REPORTED_QUOTED_AS_SAYING("reported:quoted-as-saying"),
    /** {@code a plan that Ayoub said would fail} */
    REPORTED_RELATIVE_CLAUSE("reported:relative-clause"),
    /** {@code Ayoub called the plan "a disgrace"} */
    REPORTED_NAMING("reported:naming");

    private final String label;

    AttributionRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The rules whose clause stands before the attribution ({@code ..., X said.} and {@code ..., said X.}). */
    public boolean clauseBefore() {
        return this == REPORTED_CLAUSE_BEFORE_SUBJECT || this == REPORTED_CLAUSE_BEFORE_INVERTED;
    }

    public static AttributionRule ofLabel(String label) {
        for (AttributionRule r : values()) if (r.label.equals(label)) return r;
        throw new IllegalArgumentException("no attribution rule " + label);
    }
}
