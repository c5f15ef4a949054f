package quotestance.speakers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import quotestance.model.QuoteCandidate;
import quotestance.model.Span;

/**
 * What one {@code resolve} call knows of its article as it reads it in order: the entities (speakers, and the
 * names and institutions tracked for pronouns and titles to find), the speaker of the last quote, the mentions
 * resolved so far, the acronyms expanded, and where someone unnamed last took up a role. Made for one call and
 * dropped after it: the steps keep nothing of their own, so one resolver serves many threads at once.
 */
final class ArticleEntities {
    /**
     * How many of the article's entities, the last to enter it, a mention or a name is compared with. Comparing
     * it with all of them made an article of many names quadratic; the articles of the corpora hold at most some
     * 250, so none of theirs is ever left out.
     */
    static final int MAX_ENTITIES_COMPARED = 512;

    /** How many paragraphs after its speaker's last quote a quote without a cue, or an "I", still goes to them. */
    static final int PREVIOUS_SPEAKER_PARAGRAPHS = 2;

    private final String text;
    private final List<Entity> entities = new ArrayList<>();
    /** Per acronym, its expansion (or none): looked for once, as a long article may use it thousands of times. */
    private final Map<String, Optional<String>> expansions = new HashMap<>();
    /** Where someone unnamed last took up a role ("An Israeli official ..."), by the role's word. */
    private final Map<String, Integer> newHolderAt = new HashMap<>();
    /** Each speaker mention resolved so far, by its span: the second quote of one cue takes the first's result. */
    private final Map<Span, Resolved> resolvedMentions = new HashMap<>();
    private Entity previousSpeaker;
    private int previousSpeakerParagraph = -1;
    private int[] breaks;

    ArticleEntities(String text) {
        this.text = text;
    }

    /** The article's normalized text, which every span indexes. */
    String text() {
        return text;
    }

    /** How many line breaks (a run of them counts once) stand between two offsets of the text. */
    int breaksBetween(int from, int to) {
        if (breaks == null) breaks = LineBreaks.of(text);
        return LineBreaks.between(breaks, from, to);
    }

    /** Every entity, in the order they entered the article. */
    List<Entity> all() {
        return entities;
    }

    /** The entities a mention may refer to: the last {@link #MAX_ENTITIES_COMPARED} to enter the article. */
    List<Entity> recent() {
        int n = entities.size();
        return n <= MAX_ENTITIES_COMPARED ? entities : entities.subList(n - MAX_ENTITIES_COMPARED, n);
    }

    void add(Entity e) {
        entities.add(e);
    }

    /**
     * The named entity these name tokens name (the same surname, the other tokens within), the one seen last; for a
     * lone word, failing that, the longer name it opens ("Kim" for Kim Jong-un).
     */
    Entity findNamed(List<String> tokens) {
        Entity best = null;
        String joined = NameKey.joinedSurname(tokens);
        for (Entity e : recent()) {
            if (!e.named || !NameKey.samePerson(tokens, joined, e.tokens, e.joinedSurname())) continue;
            if (best == null || e.lastSeen > best.lastSeen) best = e;
        }
        if (best != null || tokens.size() != 1) return best;
        // "Kim" for Kim Jong-un, "Jayme" for Jayme Closs: a lone word that opens a longer name
        for (Entity e : recent()) {
            if (e.named && e.tokens.size() >= 2 && NameKey.sameToken(tokens.get(0), e.tokens.get(0)) && opensAName(e.name)
                    && (best == null || e.lastSeen > best.lastSeen)) best = e;
        }
        return best;
    }

    /**
     * Whether a longer name's first word opens a name, rather than naming whose something is: not a possessive
     * ("Trump's NATO") and not a name that ends in a role or title ("Trump Lawyer", a headline's words).
     */
    private static boolean opensAName(String name) {
        String[] words = name.strip().split("\\s+");
        if (words[0].endsWith("'s") || words[0].endsWith("\u2019s")) return false;
        String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        return !quotestance.lexicon.Lexicons.get().isRole(last) && !quotestance.lexicon.Lexicons.get().isTitle(last);
    }

    /** The named entity of just these name tokens, as many as they are, the one seen last: no longer name. */
    Entity findExactly(List<String> tokens) {
        Entity best = null;
        String joined = NameKey.joinedSurname(tokens);
        for (Entity e : recent()) {
            if (e.named && e.tokens.size() == tokens.size() && NameKey.samePerson(tokens, joined, e.tokens, e.joinedSurname())
                    && (best == null || e.lastSeen > best.lastSeen)) best = e;
        }
        return best;
    }

    /** The person (a "he" or a "she") most recently prominent before {@code at}; null when none was. */
    Entity mostSalientPerson(int at) {
        Entity best = null;
        for (Entity e : recent()) {
            if (e.lastSalient < 0 || e.lastSalient >= at || !e.fitsPronoun("he") && !e.fitsPronoun("she")) continue;
            if (best == null || e.lastSalient > best.lastSalient) best = e;
        }
        return best;
    }

    /** The name {@code acronym} spells out before {@code before}, looked for at its first use only; null when none. */
    String acronymExpansion(String acronym, int before) {
        return expansions.computeIfAbsent(acronym, a -> Optional.ofNullable(AcronymExpansion.before(text, a, before))).orElse(null);
    }

    /** Someone unnamed took up the role whose word is {@code role} at {@code at}. */
    void roleTakenUp(String role, int at) {
        newHolderAt.put(role, at);
    }

    /** Where someone unnamed last took up the role, null when no one did. */
    Integer roleTakenUpAt(String role) {
        return newHolderAt.get(role);
    }

    /** The result of an earlier quote with the same speaker mention, null when this mention is new. */
    Resolved resolvedMention(Span mention) {
        return resolvedMentions.get(mention);
    }

    /** The speaker of the last quote, however long ago; null before the first. */
    Entity lastSpeaker() {
        return previousSpeaker;
    }

    /** The speaker of the last quote, if it stood no more than {@link #PREVIOUS_SPEAKER_PARAGRAPHS} before; else null. */
    Entity previousSpeaker(int paragraph) {
        return previousSpeaker != null && paragraph - previousSpeakerParagraph <= PREVIOUS_SPEAKER_PARAGRAPHS ? previousSpeaker : null;
    }

    /**
     * Records a step's result for a quote whose mention (or content) stands at {@code at}: the mention is resolved,
     * and its speaker, if any, is now the one seen last, prominent, and the previous speaker.
     */
    void settle(QuoteCandidate quote, int at, Resolved result) {
        if (quote.mention() != null) resolvedMentions.put(quote.mention().span(), result);
        Entity who = result.speaker();
        if (who == null) return;
        who.spoken++;
        who.seenAt(at);
        who.salientAt(at);
        previousSpeaker = who;
        previousSpeakerParagraph = quote.paragraphIndex();
    }
}
