package quotestance.speakers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import quotestance.lexicon.Lexicons;
import quotestance.lexicon.WordLists;
import quotestance.lexicon.Words;
import quotestance.model.HexDigest;
import quotestance.model.Mention;
import quotestance.model.Quote;
import quotestance.model.QuoteCandidate;
import quotestance.model.ResolutionStep;
import quotestance.model.Sentence;
import quotestance.model.Span;
import quotestance.model.Speaker;
import quotestance.model.SpeakerType;
import quotestance.parties.PartyGazetteer;

/**
 * Resolves every quote's speaker mention to one speaker of the article, reading the article in order:
 * a name joins the speaker whose name it shares a surname with (variants folded: Ayoub = Ayyoub), keeping
 * the fullest form; a title alone ("the minister") goes to the person who last held it; a pronoun to the
 * nearest fitting person or institution; a quote with no cue of its own to the speaker before it. Person
 * names that are not speakers (yet) are tracked too, so "Lonechild was elected. She said ..." resolves.
 * Not thread-safe (holds the article's state while it runs); cheap to make.
 */
public final class SpeakerResolver {
    /** The article's quotes with resolved speakers, and its speakers. */
    public record Resolution(List<Quote> quotes, List<Speaker> speakers) {
    }

    /** Capitalised in a programme's or a title's name ("Brandon's Up on the Hill program"), never in a person's. */
    private static final Set<String> CAPITALISED_PARTICLES = WordLists.load("speakers/capitalised-particles");

    /** Words that open a run of capitals but name no one: the particles, sentence openers, weekdays, months. */
    private static final Set<String> NOT_NAME_WORDS = Words.union(CAPITALISED_PARTICLES, WordLists.load("speakers/not-name-words"));

    private static final Set<String> RESOLVABLE_PRONOUNS = WordLists.load("speakers/resolvable-pronouns");

    private final Lexicons lex = Lexicons.get();
    private final List<Entity> entities = new ArrayList<>();
    private final java.util.Map<String, java.util.Optional<String>> expansions = new java.util.HashMap<>();
    /** Where someone unnamed last took up a role ("An Israeli official ..."), by the role's word. */
    private final java.util.Map<String, Integer> newHolderAt = new java.util.HashMap<>();

    /**
     * How many of the article's entities, the last to enter it, a mention or a name is compared with. Comparing
     * it with all of them made an article of many names quadratic; the articles of the corpora hold at most some
     * 250, so none of theirs is ever left out.
     */
    private static final int MAX_ENTITIES_COMPARED = 512;

    /** The entities a mention may refer to: the last {@link #MAX_ENTITIES_COMPARED} to enter the article. */
    private List<Entity> recent() {
        int n = entities.size();
        return n <= MAX_ENTITIES_COMPARED ? entities : entities.subList(n - MAX_ENTITIES_COMPARED, n);
    }

    public Resolution resolve(String articleId, String normalized, List<Sentence> sentences, List<QuoteCandidate> candidates) {
        entities.clear();
        expansions.clear();
        newHolderAt.clear();
        if (candidates.isEmpty()) return new Resolution(List.of(), List.of());
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            QuoteCandidate c = candidates.get(i);
            int at = c.mention() != null ? c.mention().span().start() : c.content().start();
            events.add(new Event(at, i, null));
        }
        List<Span> quoted = new ArrayList<>();
        for (QuoteCandidate c : candidates) if (c.kind() == quotestance.model.QuoteKind.DIRECT) quoted.add(c.content());
        nameMentions(normalized, sentences, quoted, events);
        events.sort(Comparator.comparingInt(Event::at).thenComparingInt(e -> e.candidate() >= 0 ? 1 : 0));

        Entity[] speakerOf = new Entity[candidates.size()];
        ResolutionStep[] how = new ResolutionStep[candidates.size()];
        double[] factor = new double[candidates.size()];
        Entity previous = null;
        int previousParagraph = -1;
        java.util.Map<Span, Integer> resolvedMentions = new java.util.HashMap<>();
        for (Event e : events) {
            if (e.candidate() == ROLE_SUBJECT) {
                seeRoleSubject(normalized, e.name(), e.at());
                continue;
            }
            if (e.candidate() == NEW_ROLE_HOLDER) {
                String phrase = normalized.substring(e.name().start(), e.name().end()).toLowerCase(Locale.ROOT);
                newHolderAt.put(phrase.substring(phrase.lastIndexOf(' ') + 1), e.at());
                continue;
            }
            if (e.candidate() < 0) {
                seeName(normalized, e.name(), e.at(), e.candidate(), e.genderHint());
                continue;
            }
            int i = e.candidate();
            QuoteCandidate c = candidates.get(i);
            Mention m = c.mention();
            Entity who = null;
            factor[i] = 1.0;
            Integer sameMention = m == null ? null : resolvedMentions.get(m.span());
            if (sameMention != null) { // two quotes of one cue: "A," she said, "B."
                speakerOf[i] = speakerOf[sameMention];
                how[i] = how[sameMention];
                factor[i] = factor[sameMention];
                continue;
            }
            if (m != null) resolvedMentions.put(m.span(), i);
            if (m == null) {
                if (c.continues()) {
                    how[i] = ResolutionStep.CONTINUED;
                } else if (previous != null && c.paragraphIndex() - previousParagraph <= 2) {
                    who = previous;
                    how[i] = ResolutionStep.PREVIOUS_SPEAKER;
                    factor[i] = 0.85;
                } else {
                    who = mostSalientPerson(e.at());
                    how[i] = who == null ? ResolutionStep.UNRESOLVED : ResolutionStep.SALIENT_PERSON;
                    factor[i] = 0.7;
                }
            } else {
                switch (m.kind()) {
                    case NAME -> {
                        who = byName(normalized, m, e.at());
                        how[i] = ResolutionStep.NAME;
                    }
                    case PRONOUN -> {
                        if (m.head().equals("i") && previous != null && c.paragraphIndex() - previousParagraph <= 2) {
                            // "I" outside quotation marks in a news story is the speaker of the quotation around it
                            who = previous;
                            how[i] = ResolutionStep.FIRST_PERSON;
                            factor[i] = 0.8;
                        } else {
                            who = byPronoun(m.head(), e.at());
                            how[i] = who == null ? ResolutionStep.PRONOUN_UNRESOLVED : ResolutionStep.PRONOUN;
                            factor[i] = 0.9;
                        }
                    }
                    case DESCRIPTION -> {
                        who = byDescription(normalized, m, e.at());
                        how[i] = who != null && who.named ? ResolutionStep.TITLE : ResolutionStep.DESCRIPTION;
                        factor[i] = who != null && who.named ? 0.9 : 0.8;
                    }
                }
            }
            speakerOf[i] = who;
            if (who != null) {
                who.lastSeen = Math.max(who.lastSeen, e.at());
                who.lastSalient = Math.max(who.lastSalient, e.at());
                previous = who;
                previousParagraph = c.paragraphIndex();
            }
        }
        // a paragraph left open takes the speaker of the quotation that goes on after it, within three paragraphs;
        // the candidates are in text order, so the nearest one with a speaker after each is carried back, never
        // looked for again (a paragraph of many open quotations made that search quadratic)
        int nextWithSpeaker = -1;
        for (int i = candidates.size() - 1; i >= 0; i--) {
            if (speakerOf[i] == null && candidates.get(i).continues() && nextWithSpeaker >= 0
                    && candidates.get(nextWithSpeaker).paragraphIndex() <= candidates.get(i).paragraphIndex() + 3) {
                speakerOf[i] = speakerOf[nextWithSpeaker];
                factor[i] = 0.85;
            }
            if (speakerOf[i] != null) nextWithSpeaker = i;
        }
        List<Quote> quotes = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            QuoteCandidate c = candidates.get(i);
            Entity who = speakerOf[i];
            if (who != null) who.quotes++;
            double confidence = Math.round(c.confidence() * (who == null ? 0.5 : factor[i]) * 1000) / 1000.0;
            quotes.add(new Quote(quoteId(articleId, c.content()), c.content(), c.kind(), c.cue(),
                    c.mention() == null ? null : c.mention().span(), c.mention() == null ? null : c.mention().rule(),
                    who == null ? null : who.name,
                    who == null ? null : speakerId(articleId, who), who == null ? SpeakerType.UNKNOWN : who.type,
                    c.rule().label() + (how[i] == null ? "" : "+" + how[i].label()), confidence, c.sentenceIndex()));
        }
        List<Speaker> speakers = new ArrayList<>();
        for (Entity who : entities) {
            if (who.quotes == 0) continue;
            List<String> aliases = new ArrayList<>();
            for (String a : who.aliases) if (!a.equals(who.name)) aliases.add(a);
            speakers.add(new Speaker(speakerId(articleId, who), who.name, aliases, List.copyOf(who.titles), who.type, who.quotes));
        }
        return new Resolution(quotes, speakers);
    }

    /**
     * A place in the article where a speaker mention (candidate >= 0) or a name run stands (candidate -2: it
     * opens its sentence, -3: it follows a preposition, -1: elsewhere).
     */
    private record Event(int at, int candidate, Span name, char genderHint) {
        Event(int at, int candidate, Span name) {
            this(at, candidate, name, (char) 0);
        }
    }

    // ------------------------------------------------------------ resolution steps

    private Entity byName(String text, Mention m, int at) {
        String nameText = m.name().of(text);
        List<String> tokens = NameKey.tokens(nameText);
        // "Spindler's father, Joseph, says": a relative introduced by a given name is someone new, not the Joseph
        // named before
        Entity e = tokens.size() == 1 && relativeBefore(text, m.name().start()) ? findExactly(tokens) : findNamed(tokens);
        if (ACRONYM.matcher(nameText).matches() && (e == null || e.name.equals(nameText))) {
            // "IRCC" after "Immigration, Refugees and Citizenship Canada": the name spelled out is the canonical one
            // once per acronym and article: a long article may use it thousands of times
            String expansion = expansions.computeIfAbsent(nameText, a -> java.util.Optional.ofNullable(
                    AcronymExpansion.before(text, a, m.span().start()))).orElse(null);
            if (expansion != null) {
                List<String> full = NameKey.tokens(expansion);
                Entity named = findNamed(full);
                if (named == null && e != null) { // the acronym seen in passing before: it takes its full name
                    e.name = clean(expansion);
                    e.tokens = full;
                    named = e;
                } else if (named == null) {
                    named = new Entity(clean(expansion), full, true, SpeakerType.ORGANIZATION, (char) 0);
                    entities.add(named);
                }
                if (full.size() > named.tokens.size()) { // the fullest form names it
                    named.aliases.add(named.name);
                    named.name = clean(expansion);
                    named.tokens = full;
                }
                named.aliases.add(clean(expansion));
                named.aliases.add(nameText);
                named.type = SpeakerType.ORGANIZATION;
                named.lastSeen = Math.max(named.lastSeen, at);
                return named;
            }
        }
        if (e == null) {
            e = new Entity(clean(nameText), tokens, true, m.type(), m.gender());
            entities.add(e);
        } else if (tokens.size() > e.tokens.size()) {
            e.name = clean(nameText);
            e.tokens = tokens;
        }
        if (e.type == SpeakerType.UNKNOWN) e.type = m.type();
        // "House Speaker Mike Johnson" seen first as an institution's run: a given name that speaks is a person
        if (e.type == SpeakerType.ORGANIZATION && m.type() == SpeakerType.PERSON && !tokens.isEmpty() && lex.gender(tokens.get(0)) != 0) {
            e.type = SpeakerType.PERSON;
        }
        if (e.gender == 0) e.gender = m.gender();
        e.aliases.add(clean(nameText));
        for (String t : m.titles()) e.titles.add(t);
        if (m.head() != null) e.heads.add(m.head());
        e.lastSeen = Math.max(e.lastSeen, at);
        return e;
    }

    private Entity findExactly(List<String> tokens) {
        Entity best = null;
        String joined = NameKey.joinedSurname(tokens);
        for (Entity e : recent()) {
            if (e.named && e.tokens.size() == tokens.size() && NameKey.samePerson(tokens, joined, e.tokens, e.joinedSurname())
                    && (best == null || e.lastSeen > best.lastSeen)) best = e;
        }
        return best;
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

    private Entity findNamed(List<String> tokens) {
        Entity best = null;
        String joined = NameKey.joinedSurname(tokens);
        for (Entity e : recent()) {
            if (!e.named || !NameKey.samePerson(tokens, joined, e.tokens, e.joinedSurname())) continue;
            if (best == null || e.lastSeen > best.lastSeen) best = e;
        }
        if (best != null || tokens.size() != 1) return best;
        // "Kim" for Kim Jong-un, "Jayme" for Jayme Closs: a lone word that opens a longer name
        for (Entity e : recent()) {
            if (e.named && e.tokens.size() >= 2 && NameKey.sameToken(tokens.get(0), e.tokens.get(0))
                    && (best == null || e.lastSeen > best.lastSeen)) best = e;
        }
        return best;
    }

    /**
     * The fitting entity most recently in a prominent place (speaking, or opening a sentence as its subject);
     * failing that, the fitting one mentioned last. Names in passing ("after the shooting of X") rank below.
     */
    private Entity byPronoun(String pronoun, int at) {
        if (!RESOLVABLE_PRONOUNS.contains(pronoun)) return null;
        Entity best = null;
        for (Entity e : recent()) {
            if (e.lastSalient < 0 || e.lastSalient >= at || !e.fitsPronoun(pronoun)) continue;
            if (best == null || e.lastSalient > best.lastSalient) best = e;
        }
        if (best != null) return best;
        for (Entity e : recent()) {
            if (e.lastSeen >= at || !e.fitsPronoun(pronoun)) continue;
            if (best == null || e.lastSeen > best.lastSeen) best = e;
        }
        return best;
    }

    private Entity mostSalientPerson(int at) {
        Entity best = null;
        for (Entity e : recent()) {
            if (e.lastSalient < 0 || e.lastSalient >= at || !e.fitsPronoun("he") && !e.fitsPronoun("she")) continue;
            if (best == null || e.lastSalient > best.lastSalient) best = e;
        }
        return best;
    }

    private Entity byDescription(String text, Mention m, int at) {
        String head = m.head();
        // "the minister", "the defense minister": the person who last held that title
        Entity best = null;
        for (Entity e : recent()) {
            if (e.lastSeen >= at) continue;
            boolean holds = e.heads.contains(head);
            for (String t : e.titles) holds |= titleHead(t).equals(head);
            // "the bank" is no person, even one whose title names a bank ("Central Bank President Mario Draghi")
            boolean kindFits = !(e.type == SpeakerType.PERSON && m.type() == SpeakerType.ORGANIZATION);
            if (e.named && holds && kindFits && (best == null || e.lastSeen > best.lastSeen)) best = e;
        }
        String written = clean(m.span().of(text));
        Integer newHolder = newHolderAt.get(head);
        if (best != null && newHolder != null && newHolder > best.lastSeen && newHolder < at) best = null;
        if (best != null && m.span().length() < 40 && modifiersFit(written, head, best)) return best;
        if (m.type() == SpeakerType.PERSON && definite(written) && written.contains("-year-old")) {
            // "the 26-year-old forward": news names a person by age right after naming them
            Entity person = mostSalientPerson(at);
            if (person == null) {
                for (Entity e : recent()) {
                    if (!e.named || e.lastSeen >= at || !e.fitsPronoun("he") && !e.fitsPronoun("she")) continue;
                    if (person == null || e.lastSeen > person.lastSeen) person = e;
                }
            }
            if (person != null) return person;
        }
        if (m.type() == SpeakerType.ORGANIZATION && INSTITUTION_COREFERENCE_NOUNS.contains(head) && definite(written)
                && written.indexOf(' ') == written.lastIndexOf(' ')) {
            // "the company", "the agency" (no more than that): the institution named last, one whose name has the
            // word first ("the agency" after "the Border Services Agency")
            Entity org = null;
            Entity withWord = null;
            for (Entity e : recent()) {
                if (!e.named || e.type == SpeakerType.PERSON || e.lastSeen >= at) continue;
                // a department or an agency is part of a government, never the "Government of Canada" itself
                if (!head.equals("government") && e.name.toLowerCase(Locale.ROOT).startsWith("government")) continue;
                if (org == null || e.lastSeen > org.lastSeen) org = e;
                if (containsWord(e.name, head) && (withWord == null || e.lastSeen > withWord.lastSeen)) withWord = e;
            }
            if (withWord != null) return withWord;
            if (org != null) return org;
        }
        boolean unknownKind = m.type() == SpeakerType.UNKNOWN; // "the railway said": a noun no lexicon lists
        if ((m.type() == SpeakerType.ORGANIZATION || unknownKind) && definite(written)) { // "the ministry" after "Syria's Foreign Ministry"
            Entity named = null;
            for (Entity e : recent()) {
                // then only an institution's name that ends in the noun ("Canadian Pacific Railway" for "the railway")
                if (unknownKind && (e.type == SpeakerType.PERSON || !e.name.toLowerCase(Locale.ROOT).endsWith(" " + head))) continue;
                if (e.named && e.lastSeen < at && containsWord(e.name, head) && modifiersFit(written, head, e)
                        && (named == null || e.lastSeen > named.lastSeen)) named = e;
            }
            if (named != null) return named;
        }
        if (Character.isUpperCase(written.charAt(0)) && !written.contains(" ")) { // "Major said": a surname that is also a title
            Entity named = findNamed(NameKey.tokens(written));
            if (named != null) return named;
        }
        String key = withoutLeadingArticle(written.toLowerCase(Locale.ROOT));
        for (Entity e : recent()) {
            if (!e.named && withoutLeadingArticle(e.name.toLowerCase(Locale.ROOT)).equals(key)) return e;
        }
        for (Entity e : recent()) { // "the ministry" after "Syria's foreign ministry"
            if (!e.named && e.type == SpeakerType.ORGANIZATION && e.heads.contains(head) && m.type() == SpeakerType.ORGANIZATION
                    && (written.startsWith("the ") || written.startsWith("The "))) return e;
        }
        Entity e = new Entity(written, List.of(), false, m.type(), m.gender());
        e.heads.add(head);
        e.aliases.add(written);
        entities.add(e);
        return e;
    }

    /**
     * The words a description puts before its head ("paramedics" in "the paramedics union", "deputy" in "the
     * deputy minister") all occur in the entity's name, titles or aliases: otherwise it names someone else.
     * Determiners, possessives ("the board's engineer") and a few words that any holder may take (former,
     * new, top) do not count.
     */
    static boolean modifiersFit(String written, String head, Entity e) {
        String[] words = written.toLowerCase(Locale.ROOT).split("[^\\p{L}'\u2019]+");
        StringBuilder known = new StringBuilder(e.name);
        for (String t : e.titles) known.append(' ').append(t);
        for (String a : e.aliases) known.append(' ').append(a);
        List<String> knownTokens = NameKey.tokens(known.toString());
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || DESCRIPTION_DETERMINERS.contains(w) || ANY_HOLDER_MODIFIERS.contains(w) || w.endsWith("'s") || w.endsWith("\u2019s")) continue;
            if (w.equals(head) && i == words.length - 1) continue;
            if (w.equals("based") || i + 1 < words.length && words[i + 1].equals("based")) continue; // "the Calgary-based railway"
            List<String> folded = NameKey.tokens(w);
            if (folded.isEmpty()) continue;
            boolean found = false;
            for (String k : knownTokens) found |= NameKey.sameToken(folded.get(0), k);
            if (!found) return false;
        }
        return true;
    }

    private static final Set<String> DESCRIPTION_DETERMINERS = WordLists.load("speakers/description-determiners");
    /** "the former minister", "the central bank": words any holder may take, the one named before too. */
    private static final Set<String> ANY_HOLDER_MODIFIERS = WordLists.load("speakers/any-holder-modifiers");

    /** Generic institution nouns that stand for the institution named last ("Facebook ... the company said"). */
    private static final Set<String> INSTITUTION_COREFERENCE_NOUNS = WordLists.load("speakers/institution-coreference-nouns");

    /** "the ministry" and "a ministry" are one description: the article that opens it does not count. */
    private static final Set<String> LEADING_ARTICLES = WordLists.load("speakers/leading-articles");

    /** The lower-case description without its leading article, as {@code replaceFirst("^(the|a|an) ", "")} with those articles. */
    private static String withoutLeadingArticle(String lower) {
        int space = lower.indexOf(' ');
        return space > 0 && LEADING_ARTICLES.contains(lower.substring(0, space)) ? lower.substring(space + 1) : lower;
    }

    private static boolean definite(String written) {
        String w = written.toLowerCase(Locale.ROOT);
        return w.startsWith("the ") || w.startsWith("its ");
    }

    /** "Defense Minister" -> minister, "Secretary of State" -> secretary, "European Central Bank President" -> president. */
    static String titleHead(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        int of = t.indexOf(" of ");
        if (of > 0) t = t.substring(0, of);
        String[] words = t.split("[^\\p{L}]+");
        return words.length == 0 ? "" : words[words.length - 1];
    }

    private static boolean containsWord(String phrase, String word) {
        for (String w : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) if (w.equals(word)) return true;
        return false;
    }

    // ------------------------------------------------------------ names that are not speakers

    /** An event for "the mayor" opening a sentence: the title's holder becomes the one a "he" or "she" points to. */
    private static final int ROLE_SUBJECT = -4;
    /** "An Israeli official, however, played down ...": someone new holds the role; "the official" is now them. */
    private static final int NEW_ROLE_HOLDER = -5;
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z]{2,7}");

    private void seeRoleSubject(String text, Span phrase, int at) {
        String role = text.substring(phrase.start(), phrase.end()).toLowerCase(Locale.ROOT);
        role = role.substring(role.lastIndexOf(' ') + 1);
        Entity holder = null;
        for (Entity e : recent()) {
            if (!e.named || e.lastSeen >= at) continue;
            boolean holds = false;
            for (String title : e.titles) holds |= titleHead(title).equals(role);
            if (holds && (holder == null || e.lastSeen > holder.lastSeen)) holder = e;
        }
        if (holder != null) holder.lastSalient = Math.max(holder.lastSalient, at);
    }

    /** "An Israeli official", "A senior official" opening a sentence: the span up to the role; null otherwise. */
    private Span indefiniteRoleSubject(String text, quotestance.model.Tokens tok) {
        int n = tok.size();
        if (n < 3) return null;
        String first = text.substring(tok.start(0), tok.end(0)).toLowerCase(Locale.ROOT);
        if (!first.equals("a") && !first.equals("an")) return null;
        for (int k = 1; k < Math.min(n, 5); k++) {
            String w = text.substring(tok.start(k), tok.end(k));
            if (lex.isRole(w.toLowerCase(Locale.ROOT)) && !Character.isUpperCase(w.charAt(0))) return new Span(tok.start(0), tok.end(k));
            if (!Character.isLetter(w.charAt(0))) return null;
        }
        return null;
    }

    /** "the mayor" (or "On Dec. 13, the mayor") opening a sentence, as [the, role] token span; null otherwise. */
    private Span roleSubject(String text, quotestance.model.Tokens tok) {
        int k = 0;
        int n = tok.size();
        if (n > 2 && text.regionMatches(true, tok.start(0), "on", 0, 2) || n > 2 && text.regionMatches(true, tok.start(0), "in", 0, 2)) {
            int comma = 1;
            while (comma < Math.min(n, 8) && text.charAt(tok.start(comma)) != ',') comma++;
            if (comma >= Math.min(n, 8)) return null;
            k = comma + 1;
        }
        if (k + 1 >= n || !text.regionMatches(true, tok.start(k), "the", 0, 3) || tok.end(k) - tok.start(k) != 3) return null;
        String role = text.substring(tok.start(k + 1), tok.end(k + 1));
        if (!lex.isRole(role.toLowerCase(Locale.ROOT)) || Character.isUpperCase(role.charAt(0))) return null;
        return new Span(tok.start(k), tok.end(k + 1));
    }

    /** Runs of capitalised words that may name people, for pronouns and titles to find. */
    private void nameMentions(String text, List<Sentence> sentences, List<Span> quoted, List<Event> events) {
        int q = 0;
        for (Sentence s : sentences) {
            var tok = s.tokens();
            int n = tok.size();
            Span roleSubject = roleSubject(text, tok);
            if (roleSubject != null) events.add(new Event(roleSubject.start(), ROLE_SUBJECT, roleSubject));
            Span newHolder = indefiniteRoleSubject(text, tok);
            if (newHolder != null) events.add(new Event(newHolder.start(), NEW_ROLE_HOLDER, newHolder));
            int i = 0;
            while (i < n) {
                if (!Character.isUpperCase(text.charAt(tok.start(i)))) {
                    i++;
                    continue;
                }
                int j = i;
                while (true) {
                    while (j + 1 < n && (Character.isUpperCase(text.charAt(tok.start(j + 1)))
                            && !CAPITALISED_PARTICLES.contains(text.substring(tok.start(j + 1), tok.end(j + 1)).toLowerCase(Locale.ROOT))
                            || tok.start(j + 1) == tok.end(j) && Character.isLetter(text.charAt(tok.start(j + 1))))) j++;
                    // "the Bank of England", "Ministry of Health": an institution's name goes on through "of"
                    if (j + 2 < n && INSTITUTION_NAME_JOINERS.contains(text.substring(tok.start(j + 1), tok.end(j + 1)))
                            && Character.isUpperCase(text.charAt(tok.start(j + 2)))
                            && MentionParser.ORG_NAME_WORDS.contains(text.substring(tok.start(j), tok.end(j)).toLowerCase(Locale.ROOT))) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                // "Retail Union Local 4409": a union local's number belongs to its name
                if (j + 1 < n && text.substring(tok.start(j), tok.end(j)).equals("Local")
                        && Character.isDigit(text.charAt(tok.start(j + 1)))) j++;
                int at = tok.start(i);
                while (q < quoted.size() && quoted.get(q).end() <= at) q++;
                if (q < quoted.size() && quoted.get(q).contains(at)) { // names inside a quotation are not who speaks
                    i = j + 1;
                    continue;
                }
                if (i == 0 && dateline(text, tok.start(i), tok.end(j))) { // "BRANDON, Man. —": a place, no one's name
                    i = j + 1;
                    continue;
                }
                if (i > 0 && text.charAt(tok.start(i - 1)) == '(' || text.substring(tok.start(i), Math.min(text.length(), tok.end(j) + 2)).indexOf('/') >= 0) {
                    // "(Global Wire)", "(UPI)", "Tijana Martin/The Canadian Press": credits, not people
                    i = j + 1;
                    continue;
                }
                boolean subject = i == 0 || i == 1 && !Character.isLetterOrDigit(text.charAt(tok.start(0)))
                        || describedSubject(text, tok, i); // "Foreign Ministry spokesperson Lu Kang gave ..."
                boolean afterPreposition = i > 0 && PREPOSITIONS_BEFORE_NAMES.contains(text.substring(tok.start(i - 1), tok.end(i - 1)).toLowerCase(Locale.ROOT));
                char hint = subject ? pronounAfter(text, tok.end(j), sentenceEnd(sentences, s)) : 0;
                events.add(new Event(tok.start(i), subject ? -2 : afterPreposition ? -3 : -1, new Span(tok.start(i), tok.end(j)), hint));
                i = j + 1;
            }
        }
    }

    /** A word in capitals that opens a sentence and a dash soon after it: a dateline ("BRANDON, Man. —"). */
    private static boolean dateline(String text, int start, int end) {
        String word = text.substring(start, end);
        if (word.length() < 3 || !word.equals(word.toUpperCase(Locale.ROOT)) || !word.chars().allMatch(Character::isLetter)) return false;
        String after = text.substring(end, Math.min(text.length(), end + 16));
        return after.contains("\u2014") || after.contains("\u2013") || after.contains("--") || after.contains(" - ");
    }

    private static final Set<String> INSTITUTION_NAME_JOINERS = WordLists.load("speakers/institution-name-joiners");

    /** Whether only capitalised words and role words come before token {@code i}: the name ends the sentence's subject. */
    private boolean describedSubject(String text, quotestance.model.Tokens tok, int i) {
        if (i > 6) return false;
        boolean role = false;
        for (int k = 0; k < i; k++) {
            String w = text.substring(tok.start(k), tok.end(k));
            if (!Character.isLetter(w.charAt(0))) return false;
            boolean isRole = lex.isRole(w.toLowerCase(Locale.ROOT)) || lex.isTitle(w.toLowerCase(Locale.ROOT));
            if (!Character.isUpperCase(w.charAt(0)) && !isRole) return false;
            role |= isRole && !Character.isUpperCase(w.charAt(0));
        }
        return role;
    }

    /** A word with a capital inside it after lower-case letters ("TransLink", "PayPal"): a brand's or a body's name. */
    private static boolean camelCase(String word) {
        for (int i = 1; i + 1 < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))
                    && Character.isLowerCase(word.charAt(i + 1))) return true;
        }
        return false;
    }

    /** Sentence openers, contractions ("We're"), and capitalised -ing forms that open a run but name no one. */
    private static boolean notAName(String word, int position) {
        String w = word.toLowerCase(Locale.ROOT);
        if (NOT_NAME_WORDS.contains(w) || MentionParser.SENTENCE_WORDS.contains(w)) return true;
        if (w.indexOf('\'') > 0 || w.indexOf('\u2019') > 0) return !w.endsWith("'s") && !w.endsWith("\u2019s");
        return position == 0 && w.length() > 5 && w.endsWith("ing");
    }

    /** The end of the sentence after {@code s}: where a subject's pronouns are looked for. */
    private static int sentenceEnd(List<Sentence> sentences, Sentence s) {
        int next = s.index() + 1;
        return next < sentences.size() ? sentences.get(next).span().end() : s.span().end();
    }

    /**
     * 'm' or 'f' when the first personal pronoun after a sentence's subject is he/his/him or she/her; 0 when another
     * full name comes first ("Vell's remarks came after Peru rebuked Prime Minister Tomas Brekke
     * over his criticism": "his" is Brekke's).
     */
    private static final Set<String> MASCULINE_PRONOUNS = WordLists.load("speakers/masculine-pronouns");
    private static final Set<String> FEMININE_PRONOUNS = WordLists.load("speakers/feminine-pronouns");
    private static final Set<String> NEUTER_PRONOUNS = WordLists.load("speakers/neuter-pronouns");
    /** The lengths of the pronouns above: only words of such a length are looked up (this scans every subject's sentence). */
    private static final int SHORTEST_PRONOUN = pronounLength(Math::min, Integer.MAX_VALUE);
    private static final int LONGEST_PRONOUN = pronounLength(Math::max, 0);

    private static int pronounLength(java.util.function.IntBinaryOperator pick, int start) {
        int n = start;
        for (Set<String> s : List.of(MASCULINE_PRONOUNS, FEMININE_PRONOUNS, NEUTER_PRONOUNS)) for (String w : s) n = pick.applyAsInt(n, w.length());
        return n;
    }

    private static char pronounAfter(String text, int from, int to) {
        int i = from;
        boolean capitalBefore = false;
        while (i < to) {
            int gapStart = i;
            while (i < to && !Character.isLetter(text.charAt(i))) i++;
            boolean spaceOnly = i > gapStart && text.substring(gapStart, i).isBlank();
            int j = i;
            while (j < to && Character.isLetter(text.charAt(j))) j++;
            if (j == i) break;
            boolean capital = Character.isUpperCase(text.charAt(i));
            if (capital && capitalBefore && spaceOnly) return 0;
            capitalBefore = capital;
            if (j - i >= SHORTEST_PRONOUN && j - i <= LONGEST_PRONOUN && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                String w = text.substring(i, j).toLowerCase(Locale.ROOT);
                if (MASCULINE_PRONOUNS.contains(w)) return 'm';
                if (FEMININE_PRONOUNS.contains(w)) return 'f';
                if (NEUTER_PRONOUNS.contains(w)) return 0;
            }
            i = j;
        }
        return 0;
    }

    private static final Set<String> PREPOSITIONS_BEFORE_NAMES = WordLists.load("speakers/prepositions-before-names");

    private static final Set<String> DEMONYM_ENDINGS = WordLists.load("speakers/demonym-endings");

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

    private void seeName(String text, Span run, int at, int kind, char genderHint) {
        String[] words = splitOnWhitespace(text, run.start(), run.end());
        String[] lower = new String[words.length];
        for (int w = 0; w < words.length; w++) lower[w] = words[w].toLowerCase(Locale.ROOT);
        int k = 0;
        List<String> titleWords = new ArrayList<>();
        while (k < words.length && (lex.isTitle(lower[k]) || notAName(words[k], k))) {
            if (lex.isTitle(lower[k])) titleWords.add(words[k]);
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
        if (PartyGazetteer.defaults().isName(java.util.Arrays.asList(words).subList(k, words.length))) {
            if (lower[words.length - 1].endsWith("ns")) return; // "Canadians", "Iranians": a people, neither "it" nor "he"
            if (words.length - k == 1 && demonym(lower[k]) && lowerCaseWordAfter(text, run.end())) return; // "Chinese officials"
            institution = true;
        }
        int titleAt = -1;
        // a title or a role ("European Central Bank President Mario Draghi", "Hamas official Osama Hamdan") and then
        // at most three words: a person
        for (int w = k; w < words.length - 1; w++) if (lex.isTitle(lower[w]) || lex.isRole(lower[w])) titleAt = w;
        boolean personAfterTitle = titleAt >= k && words.length - titleAt - 1 <= 3;
        for (int w = titleAt + 1; personAfterTitle && w < words.length; w++) {
            personAfterTitle = !MentionParser.ORG_NAME_WORDS.contains(lower[w]) && !MentionParser.isAcronym(words[w]);
        }
        if (personAfterTitle) institution = false; // "European Central Bank President Mario Draghi": a person, titled
        if (institution) { // "Canadian Pacific Railway", "the RCMP": for "the company", "the agency" to find
            String orgName = clean(String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length)));
            List<String> orgTokens = NameKey.tokens(orgName);
            if (orgTokens.isEmpty()) return;
            Entity known = findNamed(orgTokens);
            if (known == null) {
                known = new Entity(orgName, orgTokens, true, SpeakerType.ORGANIZATION, (char) 0);
                known.aliases.add(orgName);
                entities.add(known);
            }
            known.lastSeen = Math.max(known.lastSeen, at);
            return;
        }
        int lastTitle = -1;
        for (int w = k; w < words.length - 1; w++) if (lex.isTitle(lower[w])) lastTitle = w;
        if (lastTitle >= k) { // "Surrey Mayor Doug McCallum": the name follows its title
            titleWords.clear();
            titleWords.addAll(java.util.Arrays.asList(words).subList(0, lastTitle + 1));
            k = lastTitle + 1;
        }
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
        List<String> tokens = NameKey.tokens(name);
        if (tokens.isEmpty()) return;
        Entity known = findNamed(tokens);
        if (known != null) {
            known.lastSeen = Math.max(known.lastSeen, at);
            if (kind == -2) known.lastSalient = Math.max(known.lastSalient, at);
            if (known.gender == 0 && known.type != SpeakerType.ORGANIZATION) known.gender = genderHint;
            if (!titleWords.isEmpty()) known.titles.add(String.join(" ", titleWords));
            return;
        }
        char gender = lex.gender(tokens.get(0));
        if (gender == 0) gender = genderHint;
        boolean titled = !titleWords.isEmpty();
        boolean personLike = tokens.size() >= 2 && tokens.size() <= 4 && (gender != 0 || titled || kind != -3);
        if (personLike) {
            Entity e = new Entity(clean(name), tokens, true, gender != 0 || titled ? SpeakerType.PERSON : SpeakerType.UNKNOWN, gender);
            e.aliases.add(clean(name));
            if (titled) e.titles.add(String.join(" ", titleWords));
            e.lastSeen = at;
            if (kind == -2) e.lastSalient = at;
            entities.add(e);
        }
    }

    // ------------------------------------------------------------ ids

    private static String clean(String s) {
        String t = s.strip();
        if (needsSpaceFolding(t)) t = t.replaceAll("\\s+", " ");
        if (t.endsWith("'s") || t.endsWith("\u2019s")) t = t.substring(0, t.length() - 2);
        return t;
    }

    /** {@code text.substring(from, to).split("\\s+")} without a regex: this runs for every capitalised run. */
    static String[] splitOnWhitespace(String text, int from, int to) {
        if (from == to) return new String[] {""}; // as "".split(...)
        List<String> out = new ArrayList<>();
        int i = from;
        if (i < to && isRegexSpace(text.charAt(i))) out.add(""); // as String.split: a leading separator gives ""
        while (i < to) {
            while (i < to && isRegexSpace(text.charAt(i))) i++;
            int j = i;
            while (j < to && !isRegexSpace(text.charAt(j))) j++;
            if (j > i) out.add(text.substring(i, j));
            i = j;
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1); // and trailing ones go
        return out.toArray(String[]::new);
    }

    /** The characters of regex {@code \\s}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whitespace other than single spaces: rare in names, so the regex runs only then. */
    private static boolean needsSpaceFolding(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i + 1 < t.length() && Character.isWhitespace(t.charAt(i + 1)))) return true;
        }
        return false;
    }

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
