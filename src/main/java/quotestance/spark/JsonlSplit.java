package quotestance.spark;

import java.io.IOException;
import java.util.Iterator;

import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.spark.util.CollectionAccumulator;

import scala.Tuple2;

/**
 * Walks the lines of one split of a JSON Lines file, skipping blank ones, and reports the split's line count
 * at its end. Each line is decoded strictly: invalid UTF-8 is a reject, not a replacement character. A read
 * failure ends the split with an {@code unreadable_file} reject where it broke, after the records before it.
 *
 * <p>The first line that is not clean UTF-8 (invalid, or holding a zero byte) has the file's start looked at:
 * a UTF-16 file is then read whole by its first split ({@link Utf16Lines}), one reject a line, and its other
 * splits give nothing.
 */
final class JsonlSplit extends LazyIterator<RawRecord> {
    /** The split: its file (to open, and as shown) and its first byte. */
    record Place(String uri, String file, long start) {
    }

    private final Place place;
    private final Iterator<Tuple2<LongWritable, Text>> lines;
    private final JsonFields json;
    private final HadoopConf conf;
    private final CollectionAccumulator<SplitCount> splitCounts;
    private long index = -1;
    private boolean sniffed;
    private Utf16Lines wholeFile; // this split reads a UTF-16 file whole
    private boolean readElsewhere; // a UTF-16 file that its first split reads

    JsonlSplit(Place place, Iterator<Tuple2<LongWritable, Text>> lines, JsonFields json, HadoopConf conf,
               CollectionAccumulator<SplitCount> splitCounts) {
        this.place = place;
        this.lines = lines;
        this.json = json;
        this.conf = conf;
        this.splitCounts = splitCounts;
    }

    @Override
    protected RawRecord advance() {
        while (wholeFile == null && !readElsewhere && lines.hasNext()) {
            Tuple2<LongWritable, Text> line = lines.next();
            index++;
            if (line._1().get() == FailSafeLineReader.FAILED) return broken(line._2().toString());
            RawRecord r = record(line._2());
            if (r != null) return r;
        }
        if (wholeFile != null && wholeFile.hasNext()) return wholeFile.next();
        long count = wholeFile != null ? wholeFile.lines() : readElsewhere ? 0 : index + 1;
        splitCounts.add(new SplitCount(place.file(), place.start(), count));
        return null;
    }

    private RawRecord broken(String failure) {
        String where = place.start() == 0 ? Unreadable.fromLine(index + 1)
                : "from line " + (index + 1) + " of its part from byte " + place.start() + " on";
        return Unreadable.at(place.file(), place.start(), index, where, failure);
    }

    /** The record of a line, or null for a blank line or when the file turned out to be UTF-16. */
    private RawRecord record(Text line) {
        byte[] bytes = line.getBytes();
        int length = line.getLength();
        String text = StrictUtf8.decode(bytes, 0, length);
        if ((text == null || text.indexOf('\u0000') >= 0) && startsUtf16()) return null;
        if (text == null) {
            return RawRecord.rejected(place.file(), place.start(), index, RejectReason.INVALID_UTF8,
                    "the line is not valid UTF-8", StrictUtf8.lenient(bytes, 0, length));
        }
        if (StrictUtf8.blank(text)) return null; // a blank line is no record
        if (place.start() == 0 && index == 0) text = StrictUtf8.stripBom(text);
        return json.parse(text, place.file(), place.start(), index);
    }

    /** Whether the file starts as UTF-16 (looked at once a split); if so, who reads it is settled. */
    private boolean startsUtf16() {
        if (sniffed) return false;
        sniffed = true;
        String charset;
        try {
            byte[] start = FileBytes.start(place.uri(), conf.get(), Utf16.SNIFF_BYTES);
            charset = Utf16.sniff(start, start.length);
        } catch (IOException | RuntimeException e) {
            return false; // the line reader reports what cannot be read
        }
        if (charset == null) return false;
        if (place.start() == 0) wholeFile = new Utf16Lines(place.uri(), place.file(), charset, conf.get());
        else readElsewhere = true;
        return true;
    }
}
