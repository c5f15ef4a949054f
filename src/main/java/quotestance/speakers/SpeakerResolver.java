package quotestance.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import quotestance.lexicon.Lexicons;
import quotestance.lexicon.WordLists;
import quotestance.model.HexDigest;
import quotestance.model.Mention;
import quotestance.model.Quote;
import quotestance.model.QuoteCandidate;
import quotestance.model.ResolutionStep;
import quotestance.model.Sentence;
import quotestance.model.Span;
import quotestance.model.Speaker;
import quotestance.model.SpeakerType;

/**
 * Resolves every quote's speaker mention to one speaker of the article, reading the article in order:
 * a name joins the speaker whose name it shares a surname with (variants folded: Ayoub = Ayyoub), keeping
 * the fullest form; a title alone ("the minister") goes to the person who last held it; a pronoun to the
 * nearest fitting person or institution; a quote with no cue of its own to the speaker before it. Person
 * names that are not speakers (yet) are tracked too, so "Lonechild was elected. She said ..." resolves.
 * Each call keeps what it learns of its article in its own {@link ArticleEntities}: one resolver may serve
 * many threads at once.
 */
public final class SpeakerResolver {
    /** The article's quotes with resolved speakers, and its speakers. */
    public record Resolution(List<Quote> quotes, List<Speaker> speakers) {
    }

    private static final Set<String> RESOLVABLE_PRONOUNS = WordLists.load("speakers/resolvable-pronouns");

    private static final Lexicons LEX = Lexicons.get();

    public Resolution resolve(String articleId, String normalized, List<Sentence> sentences, List<QuoteCandidate> candidates) {
        if (candidates.isEmpty()) return new Resolution(List.of(), List.of());
        ArticleEntities article = new ArticleEntities(normalized);
        Resolved[] resolved = new Resolved[candidates.size()];
        for (ArticleEvent e : ArticleEvents.inReadingOrder(normalized, sentences, candidates)) {
            switch (e.kind()) {
                case QUOTE -> resolved[e.candidate()] = resolveQuote(article, candidates.get(e.candidate()), e.at());
                case ROLE_SUBJECT -> RoleSubjects.holderIsSubject(article, e.span(), e.at());
                case NEW_ROLE_HOLDER -> RoleSubjects.newHolder(article, e.span(), e.at());
                case NAME_AS_SUBJECT, NAME_AFTER_PREPOSITION, NAME_IN_PASSING -> NameRunEntities.see(article, e);
            }
        }
        // a paragraph left open takes the speaker of the quotation that goes on after it, within three paragraphs;
        // the candidates are in text order, so the nearest one with a speaker after each is carried back, never
        // looked for again (a paragraph of many open quotations made that search quadratic)
        int nextWithSpeaker = -1;
        for (int i = candidates.size() - 1; i >= 0; i--) {
            if (resolved[i].speaker() == null && candidates.get(i).continues() && nextWithSpeaker >= 0
                    && candidates.get(nextWithSpeaker).paragraphIndex() <= candidates.get(i).paragraphIndex() + 3) {
                resolved[i] = resolved[i].carriedBackFrom(resolved[nextWithSpeaker].speaker());
            }
            if (resolved[i].speaker() != null) nextWithSpeaker = i;
        }
        List<Quote> quotes = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            QuoteCandidate c = candidates.get(i);
            Entity who = resolved[i].speaker();
            if (who != null) who.quotes++;
            quotes.add(new Quote(quoteId(articleId, c.content()), c.content(), c.kind(), c.cue(),
                    c.mention() == null ? null : c.mention().span(), c.mention() == null ? null : c.mention().rule(),
                    who == null ? null : who.name,
                    who == null ? null : speakerId(articleId, who), who == null ? SpeakerType.UNKNOWN : who.type,
                    c.rule().label() + "+" + resolved[i].step().label(), StepConfidence.confidence(c, resolved[i]), c.sentenceIndex()));
        }
        List<Speaker> speakers = new ArrayList<>();
        for (Entity who : article.all()) {
            if (who.quotes == 0) continue;
            List<String> aliases = new ArrayList<>();
            for (String a : who.aliases) if (!a.equals(who.name)) aliases.add(a);
            speakers.add(new Speaker(speakerId(articleId, who), who.name, aliases, List.copyOf(who.titles), who.type, who.quotes));
        }
        return new Resolution(quotes, speakers);
    }

    private Resolved resolveQuote(ArticleEntities article, QuoteCandidate c, int at) {
        Mention m = c.mention();
        Resolved same = m == null ? null : article.resolvedMention(m.span());
        if (same != null) return same; // two quotes of one cue: "A," she said, "B."
        Resolved r;
        if (m == null) {
            Entity previous = article.previousSpeaker(c.paragraphIndex());
            if (c.continues()) {
                r = Resolved.by(ResolutionStep.CONTINUED, null);
            } else if (previous != null) {
                r = Resolved.by(ResolutionStep.PREVIOUS_SPEAKER, previous);
            } else {
                Entity who = article.mostSalientPerson(at);
                r = Resolved.by(who == null ? ResolutionStep.UNRESOLVED : ResolutionStep.SALIENT_PERSON, who);
            }
        } else {
            r = switch (m.kind()) {
                case NAME -> Resolved.by(ResolutionStep.NAME, byName(article, m, at));
                case PRONOUN -> {
                    Entity previous = article.previousSpeaker(c.paragraphIndex());
                    if (m.head().equals("i") && previous != null) {
                        // "I" outside quotation marks in a news story is the speaker of the quotation around it
                        yield Resolved.by(ResolutionStep.FIRST_PERSON, previous);
                    }
                    Entity who = byPronoun(article, m.head(), at);
                    yield Resolved.by(who == null ? ResolutionStep.PRONOUN_UNRESOLVED : ResolutionStep.PRONOUN, who);
                }
                case DESCRIPTION -> {
                    Entity who = byDescription(article, m, at);
                    yield Resolved.by(who != null && who.named ? ResolutionStep.TITLE : ResolutionStep.DESCRIPTION, who);
                }
            };
        }
        article.settle(c, at, r);
        return r;
    }

    // ------------------------------------------------------------ resolution steps

    private Entity byName(ArticleEntities article, Mention m, int at) {
        String text = article.text();
        String nameText = m.name().of(text);
        List<String> tokens = NameKey.tokens(nameText);
        // "Spindler's father, Joseph, says": a relative introduced by a given name is someone new, not the Joseph
        // named before
        Entity e = tokens.size() == 1 && relativeBefore(text, m.name().start()) ? article.findExactly(tokens) : article.findNamed(tokens);
        if (ACRONYM.matcher(nameText).matches() && (e == null || e.name.equals(nameText))) {
            // "IRCC" after "Immigration, Refugees and Citizenship Canada": the name spelled out is the canonical one
            // once per acronym and article: a long article may use it thousands of times
            String expansion = article.acronymExpansion(nameText, m.span().start());
            if (expansion != null) {
                List<String> full = NameKey.tokens(expansion);
                Entity named = article.findNamed(full);
                if (named == null && e != null) { // the acronym seen in passing before: it takes its full name
                    e.name = NameForms.clean(expansion);
                    e.tokens = full;
                    named = e;
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
                named.aliases.add(nameText);
                named.type = SpeakerType.ORGANIZATION;
                named.seenAt(at);
                return named;
            }
        }
        if (e == null) {
            e = new Entity(NameForms.clean(nameText), tokens, true, m.type(), m.gender());
            article.add(e);
        } else if (tokens.size() > e.tokens.size()) {
            e.name = NameForms.clean(nameText);
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

    private static final Set<String> KINSHIP_NOUNS = WordLists.load("speakers/kinship-nouns");

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

    /**
     * The fitting entity most recently in a prominent place (speaking, or opening a sentence as its subject);
     * failing that, the fitting one mentioned last. Names in passing ("after the shooting of X") rank below.
     */
    private Entity byPronoun(ArticleEntities article, String pronoun, int at) {
        if (!RESOLVABLE_PRONOUNS.contains(pronoun)) return null;
        Entity best = null;
        for (Entity e : article.recent()) {
            if (e.lastSalient < 0 || e.lastSalient >= at || !e.fitsPronoun(pronoun)) continue;
            if (best == null || e.lastSalient > best.lastSalient) best = e;
        }
        if (best != null) return best;
        for (Entity e : article.recent()) {
            if (e.lastSeen >= at || !e.fitsPronoun(pronoun)) continue;
            if (best == null || e.lastSeen > best.lastSeen) best = e;
        }
        return best;
    }

    private Entity byDescription(ArticleEntities article, Mention m, int at) {
        String text = article.text();
        String head = m.head();
        // "the minister", "the defense minister": the person who last held that title
        Entity best = null;
        for (Entity e : article.recent()) {
            if (e.lastSeen >= at) continue;
            boolean holds = e.heads.contains(head);
            for (String t : e.titles) holds |= Descriptions.titleHead(t).equals(head);
            // "the bank" is no person, even one whose title names a bank ("Central Bank President Mario Draghi")
            boolean kindFits = !(e.type == SpeakerType.PERSON && m.type() == SpeakerType.ORGANIZATION);
            if (e.named && holds && kindFits && (best == null || e.lastSeen > best.lastSeen)) best = e;
        }
        String written = NameForms.clean(m.span().of(text));
        Integer newHolder = article.roleTakenUpAt(head);
        if (best != null && newHolder != null && newHolder > best.lastSeen && newHolder < at) best = null;
        if (best != null && m.span().length() < 40 && Descriptions.modifiersFit(written, head, best)) return best;
        Entity person = Descriptions.personByAge(m, written, at, article);
        if (person != null) return person;
        if (m.type() == SpeakerType.ORGANIZATION && INSTITUTION_COREFERENCE_NOUNS.contains(head) && Descriptions.definite(written)
                && written.indexOf(' ') == written.lastIndexOf(' ')) {
            // "the company", "the agency" (no more than that): the institution named last, one whose name has the
            // word first ("the agency" after "the Border Services Agency")
            Entity org = null;
            Entity withWord = null;
            for (Entity e : article.recent()) {
                if (!e.named || e.type == SpeakerType.PERSON || e.lastSeen >= at) continue;
                // a department or an agency is part of a government, never the "Government of Canada" itself
                if (!head.equals("government") && e.name.toLowerCase(Locale.ROOT).startsWith("government")) continue;
                if (org == null || e.lastSeen > org.lastSeen) org = e;
                if (Descriptions.containsWord(e.name, head) && (withWord == null || e.lastSeen > withWord.lastSeen)) withWord = e;
            }
            if (withWord != null) return withWord;
            if (org != null) return org;
        }
        boolean unknownKind = m.type() == SpeakerType.UNKNOWN; // "the railway said": a noun no lexicon lists
        if ((m.type() == SpeakerType.ORGANIZATION || unknownKind) && Descriptions.definite(written)) { // "the ministry" after "Syria's Foreign Ministry"
            Entity named = null;
            for (Entity e : article.recent()) {
                // then only an institution's name that ends in the noun ("Canadian Pacific Railway" for "the railway")
                if (unknownKind && (e.type == SpeakerType.PERSON || !e.name.toLowerCase(Locale.ROOT).endsWith(" " + head))) continue;
                if (e.named && e.lastSeen < at && Descriptions.containsWord(e.name, head) && Descriptions.modifiersFit(written, head, e)
                        && (named == null || e.lastSeen > named.lastSeen)) named = e;
            }
            if (named != null) return named;
        }
        if (Character.isUpperCase(written.charAt(0)) && !written.contains(" ")) { // "Major said": a surname that is also a title
            Entity named = article.findNamed(NameKey.tokens(written));
            if (named != null) return named;
        }
        String key = withoutLeadingArticle(written.toLowerCase(Locale.ROOT));
        for (Entity e : article.recent()) {
            if (!e.named && withoutLeadingArticle(e.name.toLowerCase(Locale.ROOT)).equals(key)) return e;
        }
        for (Entity e : article.recent()) { // "the ministry" after "Syria's foreign ministry"
            if (!e.named && e.type == SpeakerType.ORGANIZATION && e.heads.contains(head) && m.type() == SpeakerType.ORGANIZATION
                    && (written.startsWith("the ") || written.startsWith("The "))) return e;
        }
        Entity e = new Entity(written, List.of(), false, m.type(), m.gender());
        e.heads.add(head);
        e.aliases.add(written);
        article.add(e);
        return e;
    }

    /** Generic institution nouns that stand for the institution named last ("Facebook ... the company said"). */
    private static final Set<String> INSTITUTION_COREFERENCE_NOUNS = WordLists.load("speakers/institution-coreference-nouns");

    /** "the ministry" and "a ministry" are one description: the article that opens it does not count. */
    private static final Set<String> LEADING_ARTICLES = WordLists.load("speakers/leading-articles");

    /** The lower-case description without its leading article, as {@code replaceFirst("^(the|a|an) ", "")} with those articles. */
    private static String withoutLeadingArticle(String lower) {
        int space = lower.indexOf(' ');
        return space > 0 && LEADING_ARTICLES.contains(lower.substring(0, space)) ? lower.substring(space + 1) : lower;
    }

    // ------------------------------------------------------------ names that are not speakers

    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z]{2,7}");

    // ------------------------------------------------------------ ids

    /** The same person across the corpus gets the same id: the type and the folded name. */
    static String speakerId(String articleId, Entity e) {
        if (e.named) {
            String kind = e.type == SpeakerType.ORGANIZATION ? "org" : e.type == SpeakerType.PERSON ? "person" : "name";
            return kind + ":" + String.join("-", e.tokens);
        }
        // a description ("the ministry") names different bodies in different articles
        return "article:" + hash(articleId, 12) + ":" + NameKey.key(e.name);
    }

    public static String quoteId(String articleId, Span content) {
        return "q" + hash(articleId + "\u0000" + content.start() + "\u0000" + content.end(), 16);
    }

    static String hash(String s, int hexChars) {
        return HexDigest.sha256(s, hexChars);
    }
}
