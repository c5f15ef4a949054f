package quotestance.spark;

import java.io.Serializable;

/** One file to read: its full path, the input folder it was found under (for text ids), its size in bytes. */
public record InputFile(String path, String root, long size) implements Serializable {
    /** The path relative to the folder the user named; the file name when the user named the file itself. */
    public String relativePath() {
        if (root != null && path.startsWith(root + "/")) return path.substring(root.length() + 1);
        int slash = path.lastIndexOf('/');
        return slash >= 0 ? path.substring(slash + 1) : path;
    }
}
