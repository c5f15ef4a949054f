package quotestance.spark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * CSV (or TSV by its ending) with a header row, through Apache Commons CSV: quoted fields may hold commas,
 * quotes and line breaks. A file is read by one task, since a split could fall inside a quoted field. A record
 * whose field count differs from the header's is a {@code malformed_csv} reject; an unterminated quoted field
 * rejects the rest of the file as one record, since nothing after it can be trusted. A file that breaks off
 * (a truncated compressed file) keeps its records before the break and ends in one {@code unreadable_file}
 * reject; a UTF-16 file is one {@code invalid_utf8} reject naming its encoding.
 */
final class CsvSource {
    /** How much of a UTF-16 file is shown as its reject's {@code raw}. */
    private static final int SHOWN_BYTES = 2 * AnalysisRows.MAX_RAW;

    private CsvSource() {
    }

    static JavaRDD<RawRecord> read(JavaSparkContext jsc, List<InputFile> files, ColumnMapping columns, int tasks) {
        HadoopConf conf = new HadoopConf(InputConf.of(jsc.hadoopConfiguration()));
        int slices = Math.max(1, Math.min(files.size(), tasks));
        return jsc.parallelize(files, slices).flatMap(f -> records(f, columns, conf));
    }

    static Iterator<RawRecord> records(InputFile f, ColumnMapping columns, HadoopConf conf) {
        CSVFormat format = (f.name().toLowerCase(Locale.ROOT).contains(".tsv") ? CSVFormat.TDF : CSVFormat.RFC4180)
                .builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).get();
        CSVParser parser;
        try {
            // only a few bytes ahead: a read that breaks loses what it read, and the records before a break count
            InputStream in = new BufferedInputStream(FileBytes.open(f.uri(), conf.get()));
            in.mark(Utf16.SNIFF_BYTES);
            byte[] start = in.readNBytes(Utf16.SNIFF_BYTES);
            in.reset();
            String utf16 = Utf16.sniff(start, start.length);
            if (utf16 != null) {
                byte[] shown = in.readNBytes(SHOWN_BYTES);
                in.close();
                return List.of(RawRecord.rejected(f.name(), -1, 0, RejectReason.INVALID_UTF8, Utf16.detail(utf16),
                        Utf16.decode(shown, shown.length, utf16))).iterator();
            }
            if (start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF) {
                in.skipNBytes(3); // a UTF-8 byte order mark is no part of the first column's name
            }
            // invalid bytes become U+FFFD here; a record holding one is rejected as invalid UTF-8
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
            parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        } catch (IOException | RuntimeException e) {
            return List.of(Unreadable.file(f.name(), Unreadable.describe(e))).iterator();
        }
        return new RecordIterator(f.name(), parser, columns);
    }

    private static final class RecordIterator extends LazyIterator<RawRecord> {
        private final String file;
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final ColumnMapping columns;
        private final List<String> header;
        private boolean done;

        RecordIterator(String file, CSVParser parser, ColumnMapping columns) {
            this.file = file;
            this.parser = parser;
            this.records = parser.iterator();
            this.columns = columns;
            this.header = parser.getHeaderNames();
        }

        /** The next record, a reject for the broken rest of the file, or null at the end. */
        @Override
        protected RawRecord advance() {
            if (done) return null;
            CSVRecord r;
            try {
                if (!records.hasNext()) {
                    finish();
                    return null;
                }
                r = records.next();
            } catch (UncheckedIOException | IllegalStateException | NoSuchElementException e) {
                finish();
                long index = parser.getRecordNumber(); // the records read before the broken one
                if (e.getCause() instanceof IOException io && !(io instanceof CSVException)) {
                    return Unreadable.at(file, -1, index, Unreadable.fromLine(parser.getCurrentLineNumber() + 1),
                            Unreadable.describe(io));
                }
                return RawRecord.rejected(file, -1, index, RejectReason.MALFORMED_CSV, InputFiles.oneLine(e), "");
            }
            long index = r.getRecordNumber() - 1;
            String raw = String.join(",", r.values());
            if (r.size() != header.size()) {
                return RawRecord.rejected(file, -1, index, RejectReason.MALFORMED_CSV,
                        r.size() + " fields where the header has " + header.size(), raw);
            }
            if (raw.indexOf('\uFFFD') >= 0) {
                return RawRecord.rejected(file, -1, index, RejectReason.INVALID_UTF8, "the record is not valid UTF-8", raw);
            }
            Map<String, Object> fields = new HashMap<>(8);
            for (String column : columns.all()) {
                if (r.isMapped(column)) fields.put(column, r.get(column));
            }
            return RawRecord.of(file, -1, index, fields, raw);
        }

        private void finish() {
            done = true;
            try {
                parser.close();
            } catch (IOException ignored) {
                // the records are read; a failing close loses nothing
            }
        }
    }
}
