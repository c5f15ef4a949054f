package quotestance.testing;

import java.util.List;
import java.util.Map;

/**
 * An invented story carried by several outlets (a copy with another byline and headline, a copy trimmed of
 * its last paragraph, a copy that quotes the speaker in part), an unrelated story, and articles in French
 * and German: the corpus-scale features' test set.
 */
public final class SyndicationCorpus {
    public static final String QUOTE = "Russia has refused every request to share the river data with us, and the valley pays for it";

    private SyndicationCorpus() {
    }

    private static String story(String byline, boolean lastParagraph) {
        String text = String.join("\n\n",
                byline,
                "Engineers began repairing the northern dam on Monday after heavy rain cracked its spillway, the regional water board said.",
                "The board said the reservoir had been lowered by four metres and that villages downstream were not in danger.",
                "\u201C" + QUOTE + ",\u201D the board's chief engineer, Tomas Lind, told reporters at the site.",
                "Farmers in the valley said they had been warned late and asked for compensation for flooded fields.",
                "Repairs are expected to take three weeks and cost about 12 million euros, according to the board.");
        return lastParagraph ? text : text.substring(0, text.lastIndexOf("\n\n"));
    }

    /** wire-1 is the earliest copy of the story; copy-a and copy-b are its near-duplicates. */
    public static Map<String, String> articles() {
        return Map.of(
                "wire-1", Corpus.line(Map.of("id", "wire-1", "source", "Test Wire", "published", "2024-05-01",
                        "title", "Dam repairs begin", "text", story("By Ana Ruiz, Test Wire", true))),
                "copy-a", Corpus.line(Map.of("id", "copy-a", "source", "Daily Echo", "published", "2024-05-02",
                        "title", "Valley waits as engineers fix cracked dam",
                        "text", story("From our correspondent in the valley", true))),
                "copy-b", Corpus.line(Map.of("id", "copy-b", "source", "Valley Post", "published", "2024-05-01T12:00:00Z",
                        "title", "Dam repairs begin", "text", story("By Ana Ruiz, Test Wire", false))),
                "other-1", Corpus.line(Map.of("id", "other-1", "source", "007", "published", "2024-05-03",
                        "title", "Engineer blames neighbour",
                        "text", "The engineer in charge of the northern dam repeated his complaint on Wednesday.\n\n"
                                + "\"" + QUOTE.substring(0, QUOTE.indexOf(", and the valley")) + ".\" Tomas Lind said in a radio interview.\n\n"
                                + "The city council, meanwhile, approved a new cycling lane along the river after two years of debate.")),
                "fr-1", Corpus.line(Map.of("id", "fr-1", "source", "Le Courrier", "published", "2024-05-02",
                        "text", "Les ingénieurs ont commencé lundi à réparer le barrage du nord. « Nous travaillons jour et nuit », a déclaré "
                                + "l'ingénieur en chef.\n\nLes agriculteurs de la vallée demandent une indemnisation.")),
                "de-1", Corpus.line(Map.of("id", "de-1", "source", "Der Bote", "published", "2024-05-02",
                        "text", "Die Ingenieure haben am Montag mit der Reparatur des nördlichen Staudamms begonnen. "
                                + "Die Bauern im Tal fordern eine Entschädigung für ihre überfluteten Felder.")));
    }

    /** All articles as JSONL lines, in the order given (ids from {@link #articles()}). */
    public static List<String> lines(String... ids) {
        Map<String, String> all = articles();
        return java.util.Arrays.stream(ids).map(all::get).toList();
    }

    public static final String[] ALL = {"copy-a", "wire-1", "copy-b", "other-1", "fr-1", "de-1"};
}
