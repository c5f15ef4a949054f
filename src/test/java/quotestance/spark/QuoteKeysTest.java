package quotestance.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.apache.spark.sql.RowFactory;

/** Trimmed copies of a quotation go to its longest form; nothing else is merged. */
class QuoteKeysTest {
    private static String[] q(String key, String words) {
        return new String[] {key, words};
    }

    @Test
    void startsAndEndsOfALongerQuotationTakeItsKey() {
        String full = "we will rebuild every bridge in the valley before the winter comes back";
        Map<String, String> links = QuoteKeys.longerForms(List.of(
                q("full", full),
                q("start", "we will rebuild every bridge in the valley"),
                q("end", "every bridge in the valley before the winter comes back"),
                q("middle", "rebuild every bridge in the valley before"),
                q("short", "we will rebuild"),
                q("other", "we will rebuild every school in the valley")));
        assertEquals(Map.of("start", "full", "end", "full"), links);
    }

    @Test
    void theLongestFormWinsWhateverTheOrder() {
        List<String[]> quotes = List.of(
                q("a", "one two three four five six"),
                q("b", "one two three four five six seven"),
                q("c", "one two three four five six seven eight"));
        assertEquals(Map.of("a", "c", "b", "c"), QuoteKeys.longerForms(quotes));
        assertEquals(Map.of("a", "c", "b", "c"), QuoteKeys.longerForms(List.of(quotes.get(2), quotes.get(0), quotes.get(1))));
    }

    @Test
    void chainsOfLinksEndAtTheLongestForm() {
        assertEquals(Map.of("a", "c", "b", "c"), QuoteKeys.resolve(List.of(
                RowFactory.create("a", "b"), RowFactory.create("b", "c"))));
    }
}
