package quotestance.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * One {@link SpeakerResolver} shared by two threads that resolve different articles at the same time gives each
 * article what it gives it alone: each call keeps its article's state to itself.
 */
class SpeakerResolverReentrancyTest {
    private static final String[] PARAGRAPHS = {
        "\"The bridge will open in May,\" said Transport Minister Ilse Varga.",
        "Varga said the cost had doubled since the spring.",
        "Mara Lind has lived by the river for forty years. She said the water had reached her porch.",
        "\"We planted the first rows in March, before the frost had gone.",
        "\"The harvest came early this year,\" said farmer Odile Brun.",
        "\"We were lucky this time, and we know it.\"",
        "Finance Minister Pavel Dusek presented the budget on Monday.",
        "The finance minister said the deficit would shrink next year.",
        "Orrin Freight cut four hundred jobs last month. The company said demand had fallen.",
        "The Northern Rail Safety Board opened an inquiry into the crash. NRSB said the brakes had failed.",
        "Officials said the budget was late. He said the vote would come in June.",
        "I said that we had to leave the farm before dark.",
    };
    private static final int ROUNDS = 200;

    private final ResolverHarness harness = new ResolverHarness();

    /** Articles of different lengths and orders of the paragraphs, so the two threads' states differ. */
    private List<ResolverHarness.Read> articles(int seed) {
        List<ResolverHarness.Read> out = new ArrayList<>();
        for (int a = 0; a < 6; a++) {
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < 4 + 3 * a; p++) text.append(PARAGRAPHS[(seed + a * 5 + p * 7) % PARAGRAPHS.length]).append("\n\n");
            out.add(harness.read("article-" + seed + "-" + a, text.toString()));
        }
        return out;
    }

    @Test
    void twoThreadsAtOnceGetWhatEachGetsAlone() throws Exception {
        List<List<ResolverHarness.Read>> work = List.of(articles(0), articles(3));
        List<List<SpeakerResolver.Resolution>> alone = new ArrayList<>();
        for (List<ResolverHarness.Read> articles : work) {
            List<SpeakerResolver.Resolution> expected = new ArrayList<>();
            for (ResolverHarness.Read r : articles) expected.add(harness.resolve(r).resolution());
            alone.add(expected);
        }
        assertTrue(alone.get(0).stream().mapToInt(r -> r.quotes().size()).sum() > 20, "the articles have quotes to resolve");

        CyclicBarrier start = new CyclicBarrier(work.size());
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int t = 0; t < work.size(); t++) {
                List<ResolverHarness.Read> articles = work.get(t);
                List<SpeakerResolver.Resolution> expected = alone.get(t);
                Callable<Integer> run = () -> {
                    start.await(30, TimeUnit.SECONDS);
                    int differing = 0;
                    for (int round = 0; round < ROUNDS; round++) {
                        for (int a = 0; a < articles.size(); a++) {
                            if (!expected.get(a).equals(harness.resolve(articles.get(a)).resolution())) differing++;
                        }
                    }
                    return differing;
                };
                runs.add(pool.submit(run));
            }
            for (Future<Integer> run : runs) assertEquals(0, run.get(120, TimeUnit.SECONDS), "resolutions that differed from the article alone");
        } finally {
            pool.shutdownNow();
        }
    }
}
