package quotestance.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import quotestance.lexicon.Lexicons;
import quotestance.lexicon.WordLists;
import quotestance.model.QuoteCandidate;
import quotestance.model.QuoteKind;
import quotestance.model.Sentence;
import quotestance.model.Span;
import quotestance.model.Tokens;

/**
 * The places where the resolver stops, in reading order: each quote, each role that opens a sentence, and each
 * run of capitalised words outside quotation marks that may name someone, for pronouns and titles to find.
 */
final class ArticleEvents {
    private static final Lexicons LEX = Lexicons.get();
    /** Capitalised in a programme's or a title's name ("Brandon's Up on the Hill program"), never in a person's. */
    static final Set<String> CAPITALISED_PARTICLES = WordLists.load("speakers/capitalised-particles");
    private static final Set<String> INSTITUTION_NAME_JOINERS = WordLists.load("speakers/institution-name-joiners");
    private static final Set<String> PREPOSITIONS_BEFORE_NAMES = WordLists.load("speakers/prepositions-before-names");

    private ArticleEvents() {
    }

    static List<ArticleEvent> inReadingOrder(String text, List<Sentence> sentences, List<QuoteCandidate> candidates) {
        List<ArticleEvent> events = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            QuoteCandidate c = candidates.get(i);
            events.add(ArticleEvent.quote(c.mention() != null ? c.mention().span().start() : c.content().start(), i));
        }
        List<Span> quoted = new ArrayList<>();
        for (QuoteCandidate c : candidates) if (c.kind() == QuoteKind.DIRECT) quoted.add(c.content());
        rolesAndNames(text, sentences, quoted, events);
        events.sort(ArticleEvent.READING_ORDER);
        return events;
    }

    /** Roles opening sentences, and runs of capitalised words that may name people. */
    private static void rolesAndNames(String text, List<Sentence> sentences, List<Span> quoted, List<ArticleEvent> events) {
        int q = 0;
        for (Sentence s : sentences) {
            Tokens tok = s.tokens();
            int n = tok.size();
            Span roleSubject = RoleSubjects.definite(text, tok);
            if (roleSubject != null) events.add(ArticleEvent.role(ArticleEvent.Kind.ROLE_SUBJECT, roleSubject));
            Span newHolder = RoleSubjects.indefinite(text, tok);
            if (newHolder != null) events.add(ArticleEvent.role(ArticleEvent.Kind.NEW_ROLE_HOLDER, newHolder));
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
                char hint = subject ? SubjectGender.after(text, tok.end(j), sentenceEnd(sentences, s)) : 0;
                ArticleEvent.Kind kind = subject ? ArticleEvent.Kind.NAME_AS_SUBJECT
                        : afterPreposition ? ArticleEvent.Kind.NAME_AFTER_PREPOSITION : ArticleEvent.Kind.NAME_IN_PASSING;
                events.add(ArticleEvent.name(kind, new Span(tok.start(i), tok.end(j)), hint));
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

    /** Whether only capitalised words and role words come before token {@code i}: the name ends the sentence's subject. */
    private static boolean describedSubject(String text, Tokens tok, int i) {
        if (i > 6) return false;
        boolean role = false;
        for (int k = 0; k < i; k++) {
            String w = text.substring(tok.start(k), tok.end(k));
            if (!Character.isLetter(w.charAt(0))) return false;
            boolean isRole = LEX.isRole(w.toLowerCase(Locale.ROOT)) || LEX.isTitle(w.toLowerCase(Locale.ROOT));
            if (!Character.isUpperCase(w.charAt(0)) && !isRole) return false;
            role |= isRole && !Character.isUpperCase(w.charAt(0));
        }
        return role;
    }

    /** The end of the sentence after {@code s}: where a subject's pronouns are looked for. */
    private static int sentenceEnd(List<Sentence> sentences, Sentence s) {
        int next = s.index() + 1;
        return next < sentences.size() ? sentences.get(next).span().end() : s.span().end();
    }
}
