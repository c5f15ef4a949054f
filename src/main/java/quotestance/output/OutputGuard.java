package quotestance.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import quotestance.Redaction;
import quotestance.UserError;

/**
 * Refuses outputs a run must never write into: the root of a filesystem, a home folder, and any folder
 * that is, lies inside or holds an input (an overwrite there could remove the corpus itself). Local paths
 * are compared after resolving symbolic links, so a link to the input is the input.
 */
public final class OutputGuard {
    private OutputGuard() {
    }

    /**
     * @param inputs     the input paths as the user gave them (a glob is compared by its folder part)
     * @param inputFiles the files the inputs were expanded to
     */
    public static void check(Path out, List<String> inputs, List<String> inputFiles, Configuration conf) {
        try {
            FileSystem fs = out.getFileSystem(conf);
            String o = canonical(fs, out);
            if (out.isRoot() || o.equals("/")) throw new UserError("--output " + Redaction.uri(out.toString()) + " is the root of its filesystem: choose a folder for the tables");
            for (String home : homes(fs)) {
                if (o.equals(home)) throw new UserError("--output " + Redaction.uri(out.toString()) + " is a home folder: choose a folder for the tables inside it");
            }
            for (String input : inputs) {
                Path given = new Path(literalPart(input));
                FileSystem ifs = given.getFileSystem(conf);
                if (!sameFilesystem(fs, ifs)) continue;
                String i = canonical(ifs, ifs.makeQualified(given));
                if (o.equals(i)) throw new UserError("--output " + Redaction.uri(out.toString()) + " is the input " + Redaction.uri(input) + ": choose another folder");
                if (inside(o, i)) throw new UserError("--output " + Redaction.uri(out.toString()) + " lies inside the input " + Redaction.uri(input) + ": choose a folder outside it");
                if (inside(i, o)) throw new UserError("--output " + Redaction.uri(out.toString()) + " holds the input " + Redaction.uri(input) + ": choose a folder that does not");
            }
            for (String file : inputFiles) {
                Path p = new Path(file);
                FileSystem ifs = p.getFileSystem(conf);
                if (sameFilesystem(fs, ifs) && inside(canonical(ifs, p), o)) {
                    throw new UserError("--output " + Redaction.uri(out.toString()) + " holds the input file " + Redaction.uri(file) + ": choose a folder that does not");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UserError("cannot check --output " + Redaction.uri(out.toString()) + ": " + Redaction.uri(e.getMessage()));
        }
    }

    /** True when {@code path} lies strictly inside {@code folder}. */
    static boolean inside(String path, String folder) {
        String f = folder.endsWith("/") ? folder : folder + "/";
        return path.startsWith(f) && path.length() > f.length();
    }

    /** The part of a path before its first glob character, cut back to a whole folder name. */
    static String literalPart(String input) {
        int glob = -1;
        for (int i = 0; i < input.length() && glob < 0; i++) {
            if ("*?[{".indexOf(input.charAt(i)) >= 0) glob = i;
        }
        if (glob < 0) return input;
        int slash = input.lastIndexOf('/', glob);
        return slash <= 0 ? (slash == 0 ? "/" : ".") : input.substring(0, slash);
    }

    private static boolean sameFilesystem(FileSystem a, FileSystem b) {
        return a.getUri().equals(b.getUri());
    }

    private static List<String> homes(FileSystem fs) throws IOException {
        String fsHome = canonical(fs, fs.makeQualified(fs.getHomeDirectory()));
        if (!AtomicFiles.isLocal(fs)) return List.of(fsHome);
        return List.of(fsHome, canonical(fs, fs.makeQualified(new Path(Paths.get(System.getProperty("user.home")).toUri()))));
    }

    /**
     * The path's text without scheme and authority, with symbolic links resolved on local disks: the longest
     * part that exists is resolved, and the rest appended.
     */
    static String canonical(FileSystem fs, Path qualified) throws IOException {
        String path = qualified.toUri().getPath();
        if (!AtomicFiles.isLocal(fs)) return strip(path);
        java.nio.file.Path p = Paths.get(path).toAbsolutePath().normalize();
        java.nio.file.Path existing = p;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return strip(p.toString());
        java.nio.file.Path real = existing.toRealPath().resolve(existing.relativize(p));
        return strip(real.normalize().toString());
    }

    private static String strip(String s) {
        return s.length() > 1 && s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
