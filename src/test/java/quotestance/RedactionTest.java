package quotestance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class RedactionTest {
    @Test
    void hidesThePasswordOfAUriButKeepsTheRest() {
        assertEquals("s3a://AKIAEXAMPLE:***@bucket/corpus/a.jsonl", Redaction.uri("s3a://AKIAEXAMPLE:s3cr3t%2Fx@bucket/corpus/a.jsonl"));
        assertEquals("https://reader:***@news.example/feed.jsonl", Redaction.uri("https://reader:pa%40ss@news.example/feed.jsonl"));
    }

    @Test
    void aUserWithoutPasswordStillHidesNothingButIsMarked() {
        // a token given as the user name alone is as secret as a password
        assertEquals("hdfs://token:***@namenode:8020/x", Redaction.uri("hdfs://token@namenode:8020/x"));
    }

    @Test
    void leavesPathsWithoutCredentialsAlone() {
        for (String s : new String[] {"/data/corpus@2024/a.jsonl", "hdfs://nn:8020/a/b", "file:/tmp/x", "out", null}) {
            assertEquals(s, Redaction.uri(s));
        }
    }

    @Test
    void redactsEveryUriInAMessage() {
        String m = Redaction.uri("input not found: s3a://k:secret@b/a.jsonl (and s3a://k2:other@b/c)");
        assertFalse(m.contains("secret") || m.contains("other"), m);
        assertEquals("input not found: s3a://k:***@b/a.jsonl (and s3a://k2:***@b/c)", m);
    }
}
