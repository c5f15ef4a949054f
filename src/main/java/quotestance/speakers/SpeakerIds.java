package quotestance.speakers;

import quotestance.model.HexDigest;
import quotestance.model.Span;
import quotestance.text.IdText;

/** The ids of speakers and quotes: stable across runs, so tables of different runs join on them. */
final class SpeakerIds {
    private SpeakerIds() {
    }

    /**
     * The article's own id of a speaker: the type and the name as a user types it ({@code person:mohammad-bagheri}).
     * The corpus-wide merge (SpeakerIdentities) decides the {@code speaker_id} from it; this one stays in
     * {@code article_speakers.local_id}. A description gets an id scoped to its article.
     */
    static String speakerId(String articleId, Entity e) {
        if (e.named) {
            String text = IdText.of(e.name);
            return e.type.idPrefix() + (text.isEmpty() ? String.join("-", e.tokens) : text);
        }
        // a description ("the ministry") names different bodies in different articles
        return "article:" + HexDigest.sha256(articleId, 12) + ":" + NameKey.key(e.name);
    }

    /** A quote's id: its article and its content's place there. */
    static String quoteId(String articleId, Span content) {
        return "q" + HexDigest.sha256(articleId + "\u0000" + content.start() + "\u0000" + content.end(), 16);
    }
}
