package quotestance.identity;

import java.util.List;

/**
 * A named speaker of one article, as the corpus-wide merge reads it: what the article alone says of it.
 *
 * @param titles its titles in the article, lower case
 */
public record ArticleName(String articleId, String localId, String name, String localType, long quotes,
                          List<String> titles, NameForm form) {
    public ArticleName {
        titles = List.copyOf(titles);
    }
}
