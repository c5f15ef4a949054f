package quotestance.parties;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import quotestance.lexicon.Words;
import quotestance.model.PartyMention;
import quotestance.model.Quote;
import quotestance.model.Span;

/**
 * Finds every mention of a party in an article: word by word, the longest alias first, case-sensitive for
 * names ("Turkey" the state, "turkey" the bird; "China" and "fine china"), with possessives and plural
 * demonyms folded ("Iran's", "Americans"). Names that are also people's or places' names are checked
 * against their neighbours: "Michael Jordan", "Chad Smith", "Atlanta, Georgia", "The Washington Post",
 * "Latin America". Stateless; the gazetteer is shared read-only.
 */
public final class PartyMatcher {
    private static final Set<String> ALSO_PERSONAL_NAMES = Words.of("Jordan", "Chad", "Georgia", "Washington", "Israel",
            "America", "Kenya", "Chile", "Lebanon", "Victoria", "India", "Paris", "Sudan");
    private static final Set<String> US_STATE_CONTEXT = Words.of("Atlanta", "Savannah", "Gov.", "governor", "Governor",
            "county", "County", "Senate", "Republicans", "Democrats", "Republican", "Democrat", "Bulldogs", "Tech",
            "Peach", "Kemp", "Raffensperger", "Ossoff", "Warnock", "Alabama", "Florida", "Carolina", "Tennessee");
    private static final Set<String> WASHINGTON_NOT_STATE = Words.of("Post", "Times", "Examiner", "Nationals", "Wizards",
            "Capitals", "Commanders", "Redskins", "Mystics", "University", "state", "State", "Monument", "Heights");
    private static final Set<String> FUNCTION_WORDS = Words.of("The", "In", "On", "And", "But", "For", "From", "To", "Of",
            "With", "At", "By");
    private static final Set<String> AMERICA_REGIONS = Words.of("Latin", "South", "North", "Central");

    private static final quotestance.lexicon.Lexicons LEX = quotestance.lexicon.Lexicons.get();

    private final PartyGazetteer gazetteer;

    public PartyMatcher(PartyGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Mentions in text order; {@code quotes} (sorted by start) give each its quote when it lies inside one. */
    public List<PartyMention> find(String normalized, List<Quote> quotes) {
        List<PartyWords.Word> words = PartyWords.of(normalized, 0, normalized.length());
        List<PartyMention> out = new ArrayList<>();
        int q = 0;
        for (int i = 0; i < words.size(); i++) {
            PartyWords.Word w = words.get(i);
            PartyGazetteer.Alias match = null;
            int matchedEnd = -1;
            for (PartyGazetteer.Alias a : candidates(w.form())) {
                int end = matches(a, words, i);
                if (end > matchedEnd) { // longest first; a plural's singular may offer a shorter one
                    match = a;
                    matchedEnd = end;
                }
            }
            if (match == null) continue;
            Span span = new Span(w.start(), words.get(matchedEnd).end());
            if (matchedEnd == i && !plausible(normalized, words, i, match)) continue;
            while (q < quotes.size() && quotes.get(q).content().end() <= span.start()) q++;
            String quoteId = null;
            for (int k = q; k < quotes.size() && quotes.get(k).content().start() <= span.start(); k++) {
                if (quotes.get(k).content().contains(span)) quoteId = quotes.get(k).id();
            }
            out.add(new PartyMention(match.party().name(), match.party().type(), span, quoteId));
            i = matchedEnd;
        }
        return out;
    }

    /** The index of the last word of the alias when it matches at word {@code i}; -1 when it does not. */
    private static int matches(PartyGazetteer.Alias a, List<PartyWords.Word> words, int i) {
        String[] aw = a.words();
        if (i + aw.length > words.size()) return -1;
        for (int k = 0; k < aw.length; k++) {
            String form = words.get(i + k).form();
            boolean last = k == aw.length - 1;
            if (same(aw[k], form, a.caseSensitive())) continue;
            // a plural demonym: "Americans", "Iraqis" for "American", "Iraqi"
            if (last && aw.length == 1 && form.endsWith("s") && same(aw[k], form.substring(0, form.length() - 1), a.caseSensitive())
                    && Character.isUpperCase(aw[k].charAt(0)) && aw[k].length() > 3) continue;
            return -1;
        }
        return i + aw.length - 1;
    }

    private static boolean same(String alias, String form, boolean caseSensitive) {
        return caseSensitive ? alias.equals(form) : alias.equalsIgnoreCase(form);
    }

    private List<PartyGazetteer.Alias> candidates(String form) {
        List<PartyGazetteer.Alias> direct = gazetteer.startingWith(form);
        if (!form.endsWith("s") || form.length() < 5) return direct;
        List<PartyGazetteer.Alias> all = new ArrayList<>(direct);
        all.addAll(gazetteer.startingWith(form.substring(0, form.length() - 1)));
        return all;
    }

    /** Whether a one-word name that is also a person's or a place's name stands for the party here. */
    private static boolean plausible(String text, List<PartyWords.Word> words, int i, PartyGazetteer.Alias a) {
        String form = words.get(i).form();
        if (isAllCapsContext(words, i)) return false; // "WHO SAID", a headline in capitals
        if (!ALSO_PERSONAL_NAMES.contains(form)) return true;
        String prev = i > 0 ? words.get(i - 1).form() : "";
        String next = i + 1 < words.size() ? words.get(i + 1).form() : "";
        boolean prevGlued = i > 0 && onlySpaceBetween(text, words.get(i - 1).end(), words.get(i).start(), true);
        boolean nextGlued = i + 1 < words.size() && onlySpaceBetween(text, words.get(i).end(), words.get(i + 1).start(), false);
        // "Michael Jordan", "Mr. Washington", "Jordan Peterson", "Chad Smith": a given name or title before, a surname after
        if (prevGlued && isNameWord(prev) && (LEX.gender(prev.toLowerCase(Locale.ROOT)) != 0 || LEX.isTitle(prev.toLowerCase(Locale.ROOT))
                || !sentenceStartBefore(text, words.get(i - 1).start()))) return false;
        if (nextGlued && isNameWord(next) && !next.equals(form) && !"Valley".equals(next)) return false;
        switch (form) {
            case "Georgia" -> {
                int from = Math.max(0, words.get(i).start() - 120);
                int to = Math.min(text.length(), words.get(i).end() + 120);
                for (PartyWords.Word w : PartyWords.of(text, from, to)) if (US_STATE_CONTEXT.contains(w.form())) return false;
            }
            case "Washington" -> {
                if (WASHINGTON_NOT_STATE.contains(next)) return false;
            }
            case "America" -> {
                if (AMERICA_REGIONS.contains(prev)) return false;
            }
            default -> {
            }
        }
        return true;
    }

    private static boolean isNameWord(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.length() > 1 && !w.equals(w.toUpperCase(Locale.ROOT))
                && !FUNCTION_WORDS.contains(w);
    }

    /** Only spaces between two words, or the full stop of an abbreviation ("Mr. Washington"). */
    private static boolean onlySpaceBetween(String text, int a, int b, boolean abbreviationStop) {
        for (int k = a; k < b; k++) {
            char c = text.charAt(k);
            if (c != ' ' && !(abbreviationStop && c == '.' && k == a && b - a == 2)) return false;
        }
        return true;
    }

    private static boolean sentenceStartBefore(String text, int at) {
        int k = at - 1;
        while (k >= 0 && text.charAt(k) == ' ') k--;
        return k < 0 || ".!?\n\"".indexOf(text.charAt(k)) >= 0;
    }

    private static boolean isAllCapsContext(List<PartyWords.Word> words, int i) {
        int caps = 0;
        for (int k = Math.max(0, i - 2); k <= Math.min(words.size() - 1, i + 2); k++) {
            String f = words.get(k).form();
            if (k != i && f.length() > 3 && f.indexOf('.') < 0 && f.equals(f.toUpperCase(Locale.ROOT))
                    && f.chars().anyMatch(Character::isLetter)) caps++;
        }
        return caps >= 2;
    }
}
