package quotestance.spark;

import quotestance.Redaction;
import quotestance.UserError;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Lists inputs on a Hadoop filesystem (HDFS, S3, ...): a path that exists is that file or folder, and only a
 * path that does not exist is expanded as a Hadoop glob. Each file found keeps the path its filesystem gave
 * it, as a URI.
 */
final class HadoopFiles {
    private HadoopFiles() {
    }

    static void add(String input, boolean recursive, Configuration conf, List<InputFile> named, List<InputFile> inFolders) {
        String shown = Redaction.uri(input);
        FileSystem fs;
        FileStatus[] matches;
        try {
            Path path = new Path(input);
            fs = path.getFileSystem(conf);
            matches = literalOrGlob(fs, path);
        } catch (IOException | RuntimeException e) {
            throw new UserError("cannot read input " + shown + ": " + InputFiles.oneLine(e));
        }
        if (matches == null || matches.length == 0) throw new UserError("input not found: " + shown);
        for (FileStatus match : matches) {
            if (match.isDirectory()) {
                collect(fs, match.getPath(), match.getPath().toString(), recursive, new HashSet<>(), inFolders);
            } else {
                named.add(InputFile.of(match.getPath().toUri(), match.getPath().getName(), match.getLen()));
            }
        }
    }

    private static FileStatus[] literalOrGlob(FileSystem fs, Path path) throws IOException {
        try {
            return new FileStatus[] {fs.getFileStatus(path)};
        } catch (FileNotFoundException e) {
            return fs.globStatus(path);
        }
    }

    private static void collect(FileSystem fs, Path dir, String root, boolean recursive, Set<String> visited,
                                List<InputFile> out) {
        if (!visited.add(dir.toString())) return;
        FileStatus[] children;
        try {
            children = fs.listStatus(dir);
        } catch (FileNotFoundException e) {
            throw new UserError("input not found: " + InputFile.nameOf(dir));
        } catch (IOException | RuntimeException e) {
            throw new UserError("cannot list input folder " + InputFile.nameOf(dir) + ": " + InputFiles.oneLine(e));
        }
        Arrays.sort(children, Comparator.comparing(s -> s.getPath().toString()));
        for (FileStatus child : children) {
            if (InputFiles.hidden(child.getPath().getName())) continue;
            if (child.isDirectory()) {
                if (recursive) collect(fs, child.getPath(), root, true, visited, out);
            } else {
                String path = child.getPath().toString();
                String relative = path.startsWith(root + "/") ? path.substring(root.length() + 1) : child.getPath().getName();
                out.add(InputFile.of(child.getPath().toUri(), relative, child.getLen()));
            }
        }
    }
}
