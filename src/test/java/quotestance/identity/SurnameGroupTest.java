package quotestance.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

class SurnameGroupTest {
    private static final Predicate<String> NO_PARTY = w -> false;

    /** {@code n} articles that name a speaker so, typed so by the article, with these titles. */
    private static void add(List<ArticleName> rows, String name, int n, String type, String... titles) {
        for (int i = 0; i < n; i++) {
            String article = name.replace(' ', '_') + "-" + i;
            rows.add(new ArticleName(article, "local:" + i, name, type, 2, List.of(titles), NameForm.of(name, type.equals("organization"))));
        }
    }

    private static Map<String, Assignment> byName(List<Assignment> out) {
        Map<String, Assignment> m = new HashMap<>();
        for (Assignment a : out) m.put(a.name(), a);
        return m;
    }

    @Test
    void aSurnameAloneJoinsItsDominantFullName() {
        List<ArticleName> rows = new ArrayList<>();
        add(rows, "Mara Quellin", 9, "person");
        add(rows, "Quellin", 4, "person");
        add(rows, "President Quellin", 2, "unknown", "president");
        add(rows, "Tobias Quellin", 1, "person");
        Map<String, Assignment> m = byName(SurnameGroup.assign(rows, NO_PARTY));
        assertEquals("person:mara-quellin", m.get("Quellin").speakerId());
        assertEquals("surname-dominant", m.get("Quellin").identity());
        assertEquals(0.9, m.get("Quellin").share(), 1e-9);
        assertEquals("person:mara-quellin", m.get("President Quellin").speakerId());
        assertEquals("person:tobias-quellin", m.get("Tobias Quellin").speakerId());
    }

    @Test
    void twoPeopleOfOneSurnameKeepTheSurnameApartUnlessTheArticlesTitlesChoose() {
        List<ArticleName> rows = new ArrayList<>();
        add(rows, "Dana Orlov", 6, "person", "senator");
        add(rows, "Pavel Orlov", 4, "person", "former president");
        add(rows, "Orlov", 3, "person");
        rows.add(new ArticleName("titled", "local:t", "Orlov", "person", 1, List.of("former president"), NameForm.of("Orlov", false)));
        List<Assignment> out = SurnameGroup.assign(rows, NO_PARTY);
        Assignment plain = out.stream().filter(a -> a.name().equals("Orlov") && !a.articleId().equals("titled")).findFirst().orElseThrow();
        assertEquals("person:orlov", plain.speakerId());
        assertEquals("surname-ambiguous", plain.identity());
        assertEquals(0.6, plain.share(), 1e-9);
        Assignment titled = out.stream().filter(a -> a.articleId().equals("titled")).findFirst().orElseThrow();
        assertEquals("person:pavel-orlov", titled.speakerId());
        assertEquals("surname-titles", titled.identity());
    }

    @Test
    void longerAndShorterFormsJoinTheirHeadButNeverChainTwoPeople() {
        List<ArticleName> rows = new ArrayList<>();
        add(rows, "Ivo Brandt", 8, "person");
        add(rows, "Ivo R. Brandt", 3, "person");
        add(rows, "Veltran Minister Ivo Brandt", 1, "organization");
        add(rows, "Lena Brandt", 5, "person");
        add(rows, "Ivo Lena Brandt", 1, "person");
        Map<String, Assignment> m = byName(SurnameGroup.assign(rows, NO_PARTY));
        assertEquals("person:ivo-brandt", m.get("Ivo R. Brandt").speakerId());
        assertEquals("person:ivo-brandt", m.get("Veltran Minister Ivo Brandt").speakerId());
        assertEquals("person:lena-brandt", m.get("Lena Brandt").speakerId());
        // contains both heads: it joins the more frequent one, and the two people stay apart
        assertEquals("person:ivo-brandt", m.get("Ivo Lena Brandt").speakerId());
    }

    @Test
    void theTypeIsWhatMostArticlesSay() {
        List<ArticleName> rows = new ArrayList<>();
        add(rows, "Mara Quellin", 5, "person");
        add(rows, "Mara Quellin", 2, "organization");
        Map<String, Assignment> m = byName(SurnameGroup.assign(rows, NO_PARTY));
        assertEquals("person", m.get("Mara Quellin").type());
        assertEquals("person:mara-quellin", m.get("Mara Quellin").speakerId());
    }

    @Test
    void aPartyOrAGroupNeverStandsForAPersonOfThatSurname() {
        List<ArticleName> rows = new ArrayList<>();
        add(rows, "Steve Veltra", 3, "person");
        add(rows, "Veltra", 10, "organization");
        Map<String, Assignment> m = byName(SurnameGroup.assign(rows, w -> w.equals("veltra")));
        assertEquals("org:veltra", m.get("Veltra").speakerId());
        assertEquals("single-name", m.get("Veltra").identity());

        List<ArticleName> groups = new ArrayList<>();
        add(groups, "House Republicans", 3, "person");
        add(groups, "Republicans", 5, "person");
        assertEquals("single-name", byName(SurnameGroup.assign(groups, NO_PARTY)).get("Republicans").identity());
    }

    @Test
    void aSurnameWithNoFullNameInTheCorpusKeepsItsOwnId() {
        List<ArticleName> rows = new ArrayList<>();
        add(rows, "Quellin", 3, "person");
        Assignment a = SurnameGroup.assign(rows, NO_PARTY).get(0);
        assertEquals("person:quellin", a.speakerId());
        assertEquals("single-name", a.identity());
    }

    @Test
    void oneArticleSpeakerOfANameGivesOneAnswer() {
        List<ArticleName> rows = new ArrayList<>();
        rows.add(new ArticleName("a", "person:b", "Mara Quellin", "person", 1, List.of(), NameForm.of("Mara Quellin", false)));
        rows.add(new ArticleName("a", "name:a", "Mara Quellin", "unknown", 1, List.of(), NameForm.of("Mara Quellin", false)));
        assertEquals(1, SurnameGroup.assign(rows, NO_PARTY).size());
    }
}
