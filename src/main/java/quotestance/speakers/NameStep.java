package quotestance.speakers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import quotestance.lexicon.Lexicons;
import quotestance.lexicon.WordLists;
import quotestance.model.Mention;
import quotestance.model.QuoteCandidate;
import quotestance.model.ResolutionStep;
import quotestance.model.SpeakerType;

/**
 * {@link ResolutionStep#NAME}: a mention that holds a name joins the entity whose name shares its surname
 * (variants folded: Ayoub = Ayyoub), or enters the article as a new one; the entity keeps the fullest form as its
 * name and the others as aliases. An acronym takes the name it spells out earlier ("IRCC" after "Immigration,
 * Refugees and Citizenship Canada"), and that full name becomes the speaker's.
 */
final class NameStep implements ResolutionStepRule {
    private static final Lexicons LEX = Lexicons.get();
    private static final Set<String> KINSHIP_NOUNS = WordLists.load("speakers/kinship-nouns");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,7}");

    @Override
    public Optional<Resolved> resolve(QuoteCandidate quote, int at, ArticleEntities article) {
        Mention m = ResolutionStepRule.mentionOf(quote, Mention.Kind.NAME);
        if (m == null) return Optional.empty();
        return Optional.of(Resolved.by(ResolutionStep.NAME, byName(article, m, at)));
    }

    private static Entity byName(ArticleEntities article, Mention m, int at) {
        String text = article.text();
        String nameText = NameForms.withoutEdgeWords(m.name().of(text)); // "said Alma Comstock Thursday", "But Obama said"
        List<String> tokens = NameKey.tokens(nameText);
        // "Spindler's father, Joseph, says": a relative introduced by a given name is someone new, not the Joseph
        // named before
        Entity e = tokens.size() == 1 && relativeBefore(text, m.name().start()) ? article.findExactly(tokens) : article.findNamed(tokens);
        if (ACRONYM.matcher(nameText).matches() && (e == null || e.name.equals(nameText))) {
            Entity expanded = byExpansion(article, m, nameText, e, at);
            if (expanded != null) return expanded;
        }
        if (e == null) {
            e = new Entity(NameForms.clean(nameText), tokens, true, m.type(), m.gender());
            article.add(e);
        } else if (tokens.size() > e.tokens.size() || tokens.size() == e.tokens.size() && NameKey.formalFormOf(nameText, e.name)) {
            e.name = NameForms.clean(nameText); // the fullest form names the speaker, the formal given name over a short one
            e.tokens = tokens;
        }
        if (e.type == SpeakerType.UNKNOWN) e.type = m.type();
        // "House Speaker Mike Johnson" seen first as an institution's run: a given name that speaks is a person
        if (e.type == SpeakerType.ORGANIZATION && m.type() == SpeakerType.PERSON && !tokens.isEmpty() && LEX.gender(tokens.get(0)) != 0) {
            e.type = SpeakerType.PERSON;
        }
        if (e.gender == 0) e.gender = m.gender();
        e.aliases.add(NameForms.clean(nameText));
        for (String t : m.titles()) e.titles.add(t);
        if (m.head() != null) e.heads.add(m.head());
        e.seenAt(at);
        return e;
    }

    /**
     * "IRCC" after "Immigration, Refugees and Citizenship Canada": the institution of the name spelled out, which
     * is its canonical name; null when the article spells out no name for the acronym.
     *
     * @param seen the entity the acronym alone names (one seen in passing before), or null
     */
    private static Entity byExpansion(ArticleEntities article, Mention m, String acronym, Entity seen, int at) {
        String expansion = article.acronymExpansion(acronym, m.span().start());
        if (expansion == null) return null;
        List<String> full = NameKey.tokens(expansion);
        Entity named = article.findNamed(full);
        if (named == null && seen != null) { // the acronym seen in passing before: it takes its full name
            seen.name = NameForms.clean(expansion);
            seen.tokens = full;
            named = seen;
        } else if (named == null) {
            named = new Entity(NameForms.clean(expansion), full, true, SpeakerType.ORGANIZATION, (char) 0);
            article.add(named);
        }
        if (full.size() > named.tokens.size()) { // the fullest form names it
            named.aliases.add(named.name);
            named.name = NameForms.clean(expansion);
            named.tokens = full;
        }
        named.aliases.add(NameForms.clean(expansion));
        named.aliases.add(acronym);
        named.type = SpeakerType.ORGANIZATION;
        named.seenAt(at);
        return named;
    }

    /** Whether a kinship noun stands right before {@code at}, perhaps with a comma between ("his son, Ali,"). */
    private static boolean relativeBefore(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
        if (i >= 0 && text.charAt(i) == ',') i--;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) i--;
        return end > i + 1 && KINSHIP_NOUNS.contains(text.substring(i + 1, end).toLowerCase(Locale.ROOT));
    }
}
