package quotestance.speakers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import quotestance.lexicon.Lexicons;
import quotestance.lexicon.WordLists;
import quotestance.lexicon.Words;
import quotestance.model.SpeakerType;
import quotestance.parties.PartyGazetteer;

/**
 * Builds the article's entities from its runs of capitalised words, speakers or not, so that "Lonechild was
 * elected. She said ..." resolves: an institution's name ("Canadian Pacific Railway", "the RCMP") for "the company"
 * and "it" to find, a person's (with the titles before it) for "he", "she" and "the mayor". A run that names an
 * entity already known updates it instead.
 */
final class NameRunEntities {
    private static final Lexicons LEX = Lexicons.get();
    /** Words that open a run of capitals but name no one: the particles, sentence openers, weekdays, months. */
    private static final Set<String> NOT_NAME_WORDS = Words.union(ArticleEvents.CAPITALISED_PARTICLES, WordLists.load("speakers/not-name-words"));
    private static final Set<String> DEMONYM_ENDINGS = WordLists.load("speakers/demonym-endings");
    /** Auxiliaries that open a question before a name ("Did Comey"): speakers/question-openers. */
    private static final Set<String> QUESTION_OPENERS = WordLists.load("speakers/question-openers");


    private NameRunEntities() {
    }

    /** The run of capitals of a name event ({@link ArticleEvent.Kind#NAME_AS_SUBJECT} and the other two). */
    static void see(ArticleEntities article, ArticleEvent run) {
        String text = article.text();
        String[] words = NameForms.withoutEdgeWords(NameForms.splitOnWhitespace(text, run.span().start(), run.span().end()));
        String[] lower = new String[words.length];
        for (int w = 0; w < words.length; w++) lower[w] = words[w].toLowerCase(Locale.ROOT);
        int k = 0;
        List<String> titleWords = new ArrayList<>();
        while (k < words.length && (LEX.isTitle(lower[k]) || notAName(words[k], k)
                || k == 0 && words.length > 1 && QUESTION_OPENERS.contains(lower[0]))) {
            if (LEX.isTitle(lower[k])) titleWords.add(words[k]);
            k++;
        }
        if (k >= words.length) return;
        boolean institution = false;
        for (int w = 0; w < words.length; w++) {
            institution |= MentionParser.ORG_NAME_WORDS.contains(lower[w])
                    || MentionParser.isAcronym(words[w]) && words.length - k == 1 || words[w].equals("&")
                    || words.length - k == 1 && w == k && camelCase(words[w]); // "TransLink", "YouTube"
        }
        if (words.length - k > 1 && MentionParser.isAcronym(String.join("", words))) return; // "NEW YORK": a dateline
        // "North Korea", "United States": a state's or a group's name is never a "he" or a "she"
        if (PartyGazetteer.defaults().isName(Arrays.asList(words).subList(k, words.length))) {
            if (lower[words.length - 1].endsWith("ns")) return; // "Canadians", "Iranians": a people, neither "it" nor "he"
            if (words.length - k == 1 && demonym(lower[k]) && lowerCaseWordAfter(text, run.span().end())) return; // "Chinese officials"
            institution = true;
        }
        int titleAt = -1;
        // a title or a role ("European Central Bank President Mario Draghi", "Hamas official Osama Hamdan") and then
        // at most three words: a person
        for (int w = k; w < words.length - 1; w++) if (LEX.isTitle(lower[w]) || LEX.isRole(lower[w])) titleAt = w;
        boolean personAfterTitle = titleAt >= k && words.length - titleAt - 1 <= 3;
        for (int w = titleAt + 1; personAfterTitle && w < words.length; w++) {
            personAfterTitle = !MentionParser.ORG_NAME_WORDS.contains(lower[w]) && !MentionParser.isAcronym(words[w]);
        }
        if (personAfterTitle) institution = false; // "European Central Bank President Mario Draghi": a person, titled
        if (institution) {
            seeInstitution(article, String.join(" ", Arrays.copyOfRange(words, k, words.length)), run.at());
            return;
        }
        int lastTitle = -1;
        for (int w = k; w < words.length - 1; w++) if (LEX.isTitle(lower[w])) lastTitle = w;
        if (lastTitle >= k) { // "Surrey Mayor Doug McCallum": the name follows its title
            titleWords.clear();
            titleWords.addAll(Arrays.asList(words).subList(0, lastTitle + 1));
            k = lastTitle + 1;
        }
        seePerson(article, String.join(" ", Arrays.copyOfRange(words, k, words.length)), titleWords, run);
    }

    /** "Canadian Pacific Railway", "the RCMP": for "the company", "the agency" to find. */
    private static void seeInstitution(ArticleEntities article, String written, int at) {
        String orgName = NameForms.clean(written);
        List<String> orgTokens = NameKey.tokens(orgName);
        if (orgTokens.isEmpty()) return;
        Entity known = article.findNamed(orgTokens);
        if (known == null) {
            known = new Entity(orgName, orgTokens, true, SpeakerType.ORGANIZATION, (char) 0);
            known.aliases.add(orgName);
            article.add(known);
        }
        known.seenAt(at);
    }

    /**
     * A name after its titles: it updates the entity of that name, or enters as a new one if it looks like a
     * person's (two to four words, and a given name, a title, or a place that is not after a preposition).
     */
    private static void seePerson(ArticleEntities article, String name, List<String> titleWords, ArticleEvent run) {
        List<String> tokens = NameKey.tokens(name);
        if (tokens.isEmpty()) return;
        int at = run.at();
        boolean subject = run.kind() == ArticleEvent.Kind.NAME_AS_SUBJECT;
        Entity known = article.findNamed(tokens);
        if (known != null) {
            if (known.tokens.equals(tokens) && NameKey.formalFormOf(name, known.name)) known.name = NameForms.clean(name);
            known.seenAt(at);
            if (subject) known.salientAt(at);
            if (known.gender == 0 && known.type != SpeakerType.ORGANIZATION) known.gender = run.genderHint();
            if (!titleWords.isEmpty()) known.titles.add(String.join(" ", titleWords));
            return;
        }
        char gender = LEX.gender(tokens.get(0));
        if (gender == 0) gender = run.genderHint();
        boolean titled = !titleWords.isEmpty();
        boolean personLike = tokens.size() >= 2 && tokens.size() <= 4
                && (gender != 0 || titled || run.kind() != ArticleEvent.Kind.NAME_AFTER_PREPOSITION);
        if (!personLike) return;
        Entity e = new Entity(NameForms.clean(name), tokens, true, gender != 0 || titled ? SpeakerType.PERSON : SpeakerType.UNKNOWN, gender);
        e.aliases.add(NameForms.clean(name));
        if (titled) e.titles.add(String.join(" ", titleWords));
        e.seenAt(at);
        if (subject) e.salientAt(at);
        article.add(e);
    }

    /** Sentence openers, contractions ("We're"), and capitalised -ing forms that open a run but name no one. */
    private static boolean notAName(String word, int position) {
        String w = word.toLowerCase(Locale.ROOT);
        if (NOT_NAME_WORDS.contains(w) || MentionParser.SENTENCE_WORDS.contains(w)) return true;
        if (w.indexOf('\'') > 0 || w.indexOf('\u2019') > 0) return !w.endsWith("'s") && !w.endsWith("\u2019s");
        return position == 0 && w.length() > 5 && w.endsWith("ing");
    }

    /** A word with a capital inside it after lower-case letters ("TransLink", "PayPal"): a brand's or a body's name. */
    private static boolean camelCase(String word) {
        for (int i = 1; i + 1 < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))
                    && Character.isLowerCase(word.charAt(i + 1))) return true;
        }
        return false;
    }

    /** A people's adjective ("Chinese", "Iranian", "Korean", "British"), as the party gazetteer lists some of them. */
    private static boolean demonym(String lower) {
        for (String ending : DEMONYM_ENDINGS) if (lower.endsWith(ending)) return true;
        return false;
    }

    private static boolean lowerCaseWordAfter(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        return i < text.length() && Character.isLowerCase(text.charAt(i));
    }
}
