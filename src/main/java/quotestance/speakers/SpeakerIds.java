package quotestance.speakers;

import quotestance.model.HexDigest;
import quotestance.model.Span;
import quotestance.model.SpeakerType;

/** The ids of speakers and quotes: stable across runs, so tables of different runs join on them. */
final class SpeakerIds {
    private SpeakerIds() {
    }

    /**
     * The same person across the corpus gets the same id, with no knowledge base: the type and the folded name
     * ({@code person:muhamad-bagheri}). A description gets an id scoped to its article.
     */
    static String speakerId(String articleId, Entity e) {
        if (e.named) {
            String kind = e.type == SpeakerType.ORGANIZATION ? "org" : e.type == SpeakerType.PERSON ? "person" : "name";
            return kind + ":" + String.join("-", e.tokens);
        }
        // a description ("the ministry") names different bodies in different articles
        return "article:" + HexDigest.sha256(articleId, 12) + ":" + NameKey.key(e.name);
    }

    /** A quote's id: its article and its content's place there. */
    static String quoteId(String articleId, Span content) {
        return "q" + HexDigest.sha256(articleId + "\u0000" + content.start() + "\u0000" + content.end(), 16);
    }
}
