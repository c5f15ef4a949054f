package quotestance.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Lists and deletes entries of a folder without following symbolic links: on a local disk Hadoop's listing
 * follows them (a dangling {@code current} link would fail it), so local folders are read with java.nio.
 */
final class Children {
    private Children() {
    }

    static List<String> names(FileSystem fs, Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        if (AtomicFiles.isLocal(fs)) {
            try (Stream<java.nio.file.Path> s = Files.list(AtomicFiles.local(dir))) {
                s.forEach(p -> names.add(p.getFileName().toString()));
            }
        } else {
            for (FileStatus st : fs.listStatus(dir)) names.add(st.getPath().getName());
        }
        names.sort(null);
        return names;
    }

    /** Deletes a file, a folder with its content, or a link (never what it points at). */
    static void delete(FileSystem fs, Path p) throws IOException {
        if (AtomicFiles.isLocal(fs) && Files.isSymbolicLink(AtomicFiles.local(p))) {
            Files.deleteIfExists(AtomicFiles.local(p));
            return;
        }
        fs.delete(p, true);
    }

    static boolean isLink(FileSystem fs, Path p) {
        return AtomicFiles.isLocal(fs) && Files.isSymbolicLink(AtomicFiles.local(p));
    }

    static boolean exists(FileSystem fs, Path p) throws IOException {
        if (AtomicFiles.isLocal(fs)) return Files.exists(AtomicFiles.local(p), LinkOption.NOFOLLOW_LINKS);
        return fs.exists(p);
    }
}
