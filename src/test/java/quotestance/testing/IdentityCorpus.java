package quotestance.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Invented articles for the corpus-wide speaker merge: a minister named in full in some articles and by her
 * surname alone in others, two people of one surname (one told apart by a title), a father and his son
 * ({@code Jr.}), a sentence that opens with "But" before a surname, and a sign-up line one outlet repeats under
 * five articles.
 */
public final class IdentityCorpus {
    /** The outlet's repeated sign-up line: read as a quote (cue "agree"), learnt as boilerplate. */
    public static final String SIGN_UP = "By registering, you agree to receive the Harbor Post morning digest.";

    private IdentityCorpus() {
    }

    public static List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(article("hp-1", "Harbor Post", "Mara Quellin, the foreign minister of Veltra, said on Monday that the border talks "
                + "would continue into the spring.\n\n\"We are not leaving the table,\" Quellin said after the session in the old "
                + "customs hall.\n\n" + SIGN_UP));
        out.add(article("hp-2", "Harbor Post", "Fishing crews in the northern bays have asked for new quotas before the winter "
                + "storms arrive.\n\nMara Quellin told reporters that the ministry would review the quotas. \"Nobody will be left "
                + "behind,\" she said.\n\n" + SIGN_UP));
        out.add(article("hp-3", "Harbor Post", "The railway strike entered its third week as talks stalled over pensions and night "
                + "shifts.\n\n\"The offer is an insult to every driver,\" said Tomas Brenner, who leads the drivers' union.\n\n" + SIGN_UP));
        out.add(article("hp-4", "Harbor Post", "A new bridge across the estuary opened to traffic after six years of construction "
                + "and delays.\n\nQuellin said the bridge would cut travel times for thousands of commuters. \"Iran will not stop "
                + "this bridge,\" Quellin said.\n\n" + SIGN_UP));
        out.add(article("hp-5", "Harbor Post", "Schools in the capital will close early on Friday because of the heat, the city "
                + "council announced.\n\n\"Children should stay indoors in the afternoon,\" said Lea Marsh, a council spokeswoman.\n\n"
                + SIGN_UP));
        out.add(article("cl-1", "Coast Ledger", "Senator Dana Orlov said the budget left the hospitals short of nurses and beds."
                + "\n\n\"We cannot run wards on promises,\" Dana Orlov said in the chamber."));
        out.add(article("cl-2", "Coast Ledger", "Former President Pavel Orlov said the treaty had kept the peace for a generation."
                + "\n\n\"I signed it and I would sign it again,\" Pavel Orlov said at a book fair."));
        out.add(article("cl-3", "Coast Ledger", "The harbour authority raised mooring fees for the first time in a decade.\n\n"
                + "\"The fees pay for the dredging,\" Orlov said."));
        out.add(article("cl-4", "Coast Ledger", "Ruben Castell Jr. said his bakery chain would open four shops in the south.\n\n"
                + "\"Bread is still the best business,\" Ruben Castell Jr. said."));
        out.add(article("cl-5", "Coast Ledger", "Ruben Castell, the founder of the bakery chain, said he had retired from the board."
                + "\n\n\"My son runs it now,\" Ruben Castell said."));
        out.add(article("cl-6", "Coast Ledger", "But Quellin said the deal with the northern provinces was dead, and the ministry "
                + "would not sign it this year."));
        out.add(article("cl-7", "Coast Ledger", "The old treaty hall reopened as a museum on Sunday.\n\n\"Peace was made in this room,\" "
                + "Former President Orlov said at the opening."));
        return out;
    }

    private static String article(String id, String source, String text) {
        return Corpus.line(Map.of("id", id, "source", source, "text", text));
    }
}
