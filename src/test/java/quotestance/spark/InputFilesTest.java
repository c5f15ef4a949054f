package quotestance.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quotestance.UserError;

/** How inputs become files, without Spark: literal paths, patterns, folders and links. */
class InputFilesTest {
    @TempDir
    Path dir;

    private List<String> names(InputFormat format, Path... inputs) {
        List<String> given = java.util.Arrays.stream(inputs).map(Path::toString).toList();
        return InputFiles.list(given, format, new Configuration()).files().stream().map(InputFile::relativePath).toList();
    }

    @Test
    void anExistingPathIsItselfAndOnlyAMissingOneIsAPattern() throws Exception {
        for (String name : List.of("e*q.jsonl", "ezzq.jsonl", "a:b.jsonl", "c,d.jsonl", "e[1].jsonl", "_skipped.jsonl")) {
            Files.writeString(dir.resolve(name), "{}\n");
        }
        assertEquals(List.of("e*q.jsonl"), names(null, dir.resolve("e*q.jsonl")));
        assertEquals(List.of("e[1].jsonl"), names(null, dir.resolve("e[1].jsonl")));
        assertEquals(List.of("a:b.jsonl", "e*q.jsonl", "e[1].jsonl", "ezzq.jsonl"), names(null, dir.resolve("[ae]*.jsonl")));
        assertEquals(List.of("a:b.jsonl", "c,d.jsonl", "e*q.jsonl", "e[1].jsonl", "ezzq.jsonl"), names(null, dir));
        UserError missing = assertThrows(UserError.class, () -> names(null, dir.resolve("none-*.jsonl")));
        assertEquals("input not found: " + dir.resolve("none-*.jsonl"), missing.getMessage());
    }

    @Test
    void textFoldersDescendIntoEachRealFolderOnce() throws Exception {
        Files.createDirectories(dir.resolve("t/sub"));
        Files.writeString(dir.resolve("t/a.txt"), "a");
        Files.writeString(dir.resolve("t/sub/b.txt"), "b");
        Files.createSymbolicLink(dir.resolve("t/loop"), Path.of("."));
        Files.createSymbolicLink(dir.resolve("t/sub/up"), Path.of(".."));
        Files.createSymbolicLink(dir.resolve("t/sub/again"), dir.resolve("t/sub"));
        assertEquals(List.of("a.txt", "sub/b.txt"), names(InputFormat.TEXT, dir.resolve("t")));
    }

    @Test
    void aBrokenLinkIsKeptToBeReportedUnreadable() throws Exception {
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/a.jsonl"), "{}\n");
        Files.createSymbolicLink(dir.resolve("in/gone.jsonl"), dir.resolve("nowhere.jsonl"));
        assertEquals(List.of("a.jsonl", "gone.jsonl"), names(null, dir.resolve("in")));
    }

    @Test
    void aPasswordInAUriIsNotInTheShownName() {
        InputFile f = InputFile.of(URI.create("s3a://KEY:SECRET@bucket/x.jsonl"), "x.jsonl", 1);
        assertEquals("s3a://KEY:***@bucket/x.jsonl", f.name());
        assertEquals("s3a://KEY:SECRET@bucket/x.jsonl", f.uri());
    }
}
