package quotestance.spark;

import quotestance.Redaction;
import quotestance.UserError;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lists local inputs with java.nio, not Hadoop: Hadoop parses every name it lists as a path string, which
 * fails on a name with {@code :} and turns {@code [1]} or {@code {2}} into patterns. A path that exists is that
 * file or folder; a path that does not exist is matched as a glob, one name at a time.
 *
 * <p>A folder read at any depth ({@code --format text}) descends into each subfolder, linked or not, only
 * when its real path has not been read yet, in sorted order: a symbolic link back up the tree is not followed,
 * and a folder reached twice is read once, under the first name it is reached by.
 */
final class LocalFiles {
    private static final String GLOB_CHARS = "*?[{\\";

    private LocalFiles() {
    }

    static void add(Path input, String given, boolean recursive, List<InputFile> named, List<InputFile> inFolders) {
        List<Path> matches = Files.exists(input) ? List.of(input) : glob(input);
        if (matches.isEmpty()) throw new UserError("input not found: " + Redaction.uri(given));
        for (Path match : matches) {
            if (Files.isDirectory(match)) walk(match, match, recursive, new HashSet<>(), inFolders);
            else named.add(file(match, match.getFileName().toString()));
        }
    }

    /** The existing paths a pattern matches, sorted; glob characters in one name match within that name. */
    static List<Path> glob(Path pattern) {
        List<Path> current = new ArrayList<>(List.of(pattern.getRoot()));
        for (Path part : pattern.getRoot().relativize(pattern)) {
            String p = part.toString();
            List<Path> next = new ArrayList<>();
            if (p.chars().noneMatch(c -> GLOB_CHARS.indexOf(c) >= 0)) {
                for (Path c : current) {
                    if (Files.exists(c.resolve(p))) next.add(c.resolve(p));
                }
            } else {
                PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + p);
                boolean hiddenToo = InputFiles.hidden(p);
                for (Path c : current) {
                    if (!Files.isDirectory(c)) continue;
                    for (Path child : children(c)) {
                        Path name = child.getFileName();
                        if ((hiddenToo || !InputFiles.hidden(name.toString())) && matcher.matches(name)) next.add(child);
                    }
                }
            }
            current = next;
        }
        return current;
    }

    private static void walk(Path dir, Path root, boolean recursive, Set<Path> visited, List<InputFile> out) {
        try {
            if (!visited.add(dir.toRealPath())) return;
        } catch (IOException e) {
            throw new UserError("cannot list input folder " + dir + ": " + InputFiles.oneLine(e));
        }
        for (Path child : children(dir)) {
            if (InputFiles.hidden(child.getFileName().toString())) continue;
            if (Files.isDirectory(child)) {
                if (recursive) walk(child, root, true, visited, out);
            } else {
                out.add(file(child, root.relativize(child).toString()));
            }
        }
    }

    private static List<Path> children(Path dir) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(children::add);
        } catch (IOException e) {
            throw new UserError("cannot list input folder " + dir + ": " + InputFiles.oneLine(e));
        }
        children.sort(null);
        return children;
    }

    /** A file to read; a broken link is kept (with size 0) so that it is reported as unreadable, not dropped. */
    private static InputFile file(Path p, String relativePath) {
        long size;
        try {
            size = Files.size(p);
        } catch (IOException e) {
            size = 0;
        }
        return InputFile.of(p.toUri(), relativePath, size);
    }
}
