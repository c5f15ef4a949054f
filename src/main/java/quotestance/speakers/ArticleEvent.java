package quotestance.speakers;

import java.util.Comparator;

import quotestance.model.Span;

/**
 * A place where the resolver stops as it reads an article in order: a quote to resolve (at its speaker mention,
 * or its content when it has none), or a run of capitals or a role that later mentions may refer to.
 *
 * @param candidate  the quote's index among the candidates, for {@link Kind#QUOTE}; -1 otherwise
 * @param span       the run of capitals or the role phrase; null for a quote
 * @param genderHint for a run that opens its sentence: 'm' or 'f' from the pronoun after it, or 0
 */
record ArticleEvent(int at, Kind kind, int candidate, Span span, char genderHint) {
    enum Kind {
        /** a quote, resolved by the resolution steps */
        QUOTE,
        /** a run of capitals that opens its sentence: its entity is prominent, what a pronoun points to */
        NAME_AS_SUBJECT,
        /** a run of capitals after a preposition: a person only with a given name or a title */
        NAME_AFTER_PREPOSITION,
        /** a run of capitals anywhere else */
        NAME_IN_PASSING,
        /** "the mayor" opening a sentence: the title's holder becomes prominent */
        ROLE_SUBJECT,
        /** "An Israeli official, however, ...": someone unnamed takes up the role */
        NEW_ROLE_HOLDER
    }

    /** Text order; at one place, names and roles before quotes, so a quote finds the name its mention starts with. */
    static final Comparator<ArticleEvent> READING_ORDER = Comparator.comparingInt(ArticleEvent::at)
            .thenComparingInt(e -> e.kind == Kind.QUOTE ? 1 : 0);

    static ArticleEvent quote(int at, int candidate) {
        return new ArticleEvent(at, Kind.QUOTE, candidate, null, (char) 0);
    }

    static ArticleEvent role(Kind kind, Span phrase) {
        return new ArticleEvent(phrase.start(), kind, -1, phrase, (char) 0);
    }

    static ArticleEvent name(Kind kind, Span run, char genderHint) {
        return new ArticleEvent(run.start(), kind, -1, run, genderHint);
    }
}
