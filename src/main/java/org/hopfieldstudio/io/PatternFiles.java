package org.hopfieldstudio.io;

import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.core.PatternSet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Reads and writes the human-editable pattern text format (specified in {@code patterns/FORMAT.md}).
 *
 * <pre>
 * ; a comment: ';' as the first non-blank character of a line
 * set Classic shapes          (optional, at most once, before the first pattern)
 *
 * pattern X 5x5               (pattern NAME ROWSxCOLS; NAME may contain spaces)
 * #...#                       (exactly ROWS lines of exactly COLS cells)
 * .#.#.                       ('#' or '1' = +1 black, '.' or '0' = −1 white)
 * ..#..
 * .#.#.
 * #...#
 * </pre>
 *
 * <p>Parsing is all-or-nothing: a method returns a new {@link PatternSet} or throws
 * {@link PatternFormatException} naming the source and line; nothing is partially loaded. {@link #format}
 * writes the canonical form, and {@code parse(format(s))} equals {@code s} (set name, pattern names, sizes,
 * cells).
 */
public final class PatternFiles {
    /** Largest number of rows or columns a file may declare (the app's grids go up to 100×100). */
    public static final int MAX_SIDE = 200;
    /** Largest file read, so a stray multi-gigabyte file is refused instead of filling the heap. */
    public static final long MAX_FILE_BYTES = 16L << 20;

    /** The first line of every written file. */
    static final String COMMENT = "; Hopfield Studio patterns: # = +1 (black), . = -1 (white). Format: patterns/FORMAT.md\n";
    static final char ON = '#';
    static final char OFF = '.';
    private static final java.util.regex.Pattern SIZE = java.util.regex.Pattern.compile("(\\d+)[xX×](\\d+)");
    private static final String HEADER_HINT = "'pattern NAME ROWSxCOLS', e.g. 'pattern A 10x10'";

    private PatternFiles() {
    }

    /**
     * Reads a pattern file (UTF-8). The set takes its name from the {@code set} line, else from the file name.
     * Only regular files are read (a pipe or a device is refused before it is opened), and at most
     * {@link #MAX_FILE_BYTES}, counted while reading.
     */
    public static PatternSet read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = InputFiles.readAll(file, MAX_FILE_BYTES, "pattern file");
        } catch (InputFormatException e) {
            throw PatternFormatException.of(e);
        }
        return decode(bytes, InputFiles.displayName(file));
    }

    /** Reads a pattern file from a stream (not closed); {@code sourceName} is used in messages and as default set name. */
    public static PatternSet read(InputStream in, String sourceName) throws IOException {
        byte[] bytes;
        try {
            bytes = InputFiles.readCapped(in, MAX_FILE_BYTES, sourceName, "pattern file");
        } catch (InputFormatException e) {
            throw PatternFormatException.of(e);
        }
        return decode(bytes, sourceName);
    }

    /** Decodes strict UTF-8; a malformed sequence is refused naming its line and column (1-based). */
    static PatternSet decode(byte[] bytes, String source) throws PatternFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int at = in.position();
            int line = 1;
            int lineStart = 0;
            for (int k = 0; k < at; k++) {
                if (bytes[k] == '\n') {
                    line++;
                    lineStart = k + 1;
                }
            }
            throw new PatternFormatException(source, line, "not a text pattern file (not valid UTF-8: byte "
                    + String.format(Locale.ROOT, "0x%02X", bytes[Math.min(at, bytes.length - 1)] & 0xFF)
                    + " at byte " + (at - lineStart + 1) + " of the line)");
        }
        out.flip();
        return parse(out.toString(), source);
    }

    /**
     * Parses pattern text.
     *
     * @param sourceName file or resource name for messages; its stem (without directory and extension) names
     *                   the set when the text has no {@code set} line
     * @throws PatternFormatException on any deviation from the format, naming source and 1-based line
     */
    public static PatternSet parse(String text, String sourceName) throws PatternFormatException {
        return new Parser(text, sourceName).parse();
    }

    /**
     * The canonical text of {@code set}: comment line, {@code set} line, then each pattern after a blank line.
     *
     * @throws IllegalArgumentException when the set could not be read back: a name that breaks {@link #nameProblem}
     *                                  rules, two patterns of one name, a side above {@link #MAX_SIDE}, or a text
     *                                  longer than {@link #MAX_FILE_BYTES}
     */
    public static String format(PatternSet set) {
        checkWritable(set);
        StringBuilder sb = new StringBuilder((int) canonicalBytes(set.name(), set.patterns()));
        sb.append(COMMENT);
        sb.append("set ").append(set.name()).append('\n');
        for (Pattern p : set.patterns()) {
            sb.append('\n').append("pattern ").append(p.name()).append(' ')
                    .append(p.rows()).append('x').append(p.cols()).append('\n');
            for (int r = 0; r < p.rows(); r++) {
                for (int c = 0; c < p.cols(); c++) {
                    sb.append(p.get(r, c) > 0 ? ON : OFF);
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** What the reader accepts, the writer writes: the same name, size, uniqueness and length rules. */
    private static void checkWritable(PatternSet set) {
        if (set.rows() > MAX_SIDE || set.cols() > MAX_SIDE) {
            throw new IllegalArgumentException("pattern files hold at most " + MAX_SIDE + "×" + MAX_SIDE
                    + " cells per pattern, set '" + printable(set.name()) + "' is " + set.rows() + "×" + set.cols());
        }
        checkName("set", set.name());
        Set<String> names = new HashSet<>();
        for (Pattern p : set.patterns()) {
            checkName("pattern", p.name());
            if (!names.add(p.name())) {
                throw new IllegalArgumentException("pattern name '" + printable(p.name())
                        + "' is used twice in set '" + printable(set.name())
                        + "': names in a pattern file must be unique");
            }
        }
        long bytes = canonicalBytes(set.name(), set.patterns());
        if (bytes > MAX_FILE_BYTES) {
            throw new IllegalArgumentException("set '" + printable(set.name()) + "' would be a file of "
                    + Problems.bytes(bytes) + ", more than the " + Problems.bytes(MAX_FILE_BYTES)
                    + " a pattern file may hold: save fewer patterns per file");
        }
    }

    /** The UTF-8 length of the canonical text of a set with these names and patterns (as {@link #format} writes it). */
    static long canonicalBytes(String setName, List<Pattern> patterns) {
        long n = COMMENT.length() + utf8Length("set ") + utf8Length(setName) + 1;
        for (Pattern p : patterns) {
            n += 1 + utf8Length("pattern ") + utf8Length(p.name()) + 1
                    + Integer.toString(p.rows()).length() + 1 + Integer.toString(p.cols()).length() + 1
                    + (long) p.rows() * (p.cols() + 1);
        }
        return n;
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x80) {
                n += 1;
            } else if (ch < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(ch) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /**
     * Writes {@link #format(PatternSet)} as UTF-8, replacing {@code file} only once the whole text is written
     * (through a temporary file in the same directory).
     *
     * @throws IllegalArgumentException when a name cannot be written (empty, surrounding blanks, control
     *                                  characters) or a side exceeds {@link #MAX_SIDE}
     */
    public static void write(PatternSet set, Path file) throws IOException {
        String text = format(set);
        Path abs = file.toAbsolutePath();
        Path tmp = newSibling(abs);
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Creates an empty temporary file next to {@code target} with the permissions a new file normally gets (the
     * user's umask), or the target's own permissions when it exists.
     *
     * <p>N.B. not {@code Files.createTempFile}: that makes the file mode 600, so every saved pattern file ended up
     * readable by its owner only.
     */
    static Path newSibling(Path target) throws IOException {
        java.util.random.RandomGenerator rng = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; ; attempt++) {
            Path tmp = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(rng.nextLong()) + ".tmp");
            try {
                Files.createFile(tmp);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt < 100) {
                    continue;
                }
                throw e;
            }
            try {
                if (Files.exists(target)) {
                    Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
                }
            } catch (UnsupportedOperationException | IOException e) {
                // not a POSIX file system, or the target's permissions cannot be read: keep the default ones
            }
            return tmp;
        }
    }

    /**
     * Why {@code name} cannot be a set or pattern name, or null when it can. Names are written verbatim after a
     * keyword and read back stripped, so a name must be non-empty, without leading or trailing blanks, without
     * control characters (C0, DEL, C1: U+0000–U+001F, U+007F–U+009F; a tab included) and without unpaired
     * surrogates. The reader applies the same rule to what it reads, so what it accepts, the writer writes.
     */
    public static String nameProblem(String name) {
        if (name.isBlank()) {
            return "it is empty";
        }
        if (!name.equals(name.strip())) {
            return "it starts or ends with a blank";
        }
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (Character.isISOControl(ch)) {
                return "it contains the control character " + show(ch);
            }
            if (Character.isSurrogate(ch)) {
                boolean paired = Character.isHighSurrogate(ch) && i + 1 < name.length()
                        && Character.isLowSurrogate(name.charAt(i + 1));
                if (!paired) {
                    return "it contains an unpaired surrogate " + show(ch);
                }
                i++;
            }
        }
        return null;
    }

    private static void checkName(String what, String name) {
        String problem = nameProblem(name);
        if (problem != null) {
            throw new IllegalArgumentException(what + " name '" + printable(name) + "' cannot be written: " + problem);
        }
    }

    /** {@code s} with control characters shown as '?', cut to 60 characters, for messages. */
    static String printable(String s) {
        String p = s.replaceAll("[\\p{Cntrl}\\x{80}-\\x{9F}]", "?");
        return p.length() > 60 ? p.substring(0, 60) + "…" : p;
    }

    /**
     * The set name taken from a file name when the text has no {@code set} line, made a valid name: control
     * characters become blanks, outer blanks go, and an empty result becomes "patterns".
     */
    static String defaultSetName(String sourceName) {
        StringBuilder sb = new StringBuilder();
        String stem = stem(sourceName);
        for (int i = 0; i < stem.length(); i++) {
            char ch = stem.charAt(i);
            boolean unpaired = Character.isSurrogate(ch) && !(Character.isHighSurrogate(ch) && i + 1 < stem.length()
                    && Character.isLowSurrogate(stem.charAt(i + 1)));
            if (Character.isHighSurrogate(ch) && !unpaired) {
                sb.append(ch).append(stem.charAt(++i));
            } else {
                sb.append(Character.isISOControl(ch) || unpaired ? ' ' : ch);
            }
        }
        String name = sb.toString().strip();
        return name.isEmpty() ? "patterns" : name;
    }

    /** The file name without directories and extension: {@code dir/letters.txt} → {@code letters}. */
    static String stem(String sourceName) {
        String s = sourceName.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1);
        int dot = s.lastIndexOf('.');
        return dot > 0 ? s.substring(0, dot) : s;
    }

    static String show(int codePoint) {
        if (codePoint == '\t') {
            return "a tab";
        }
        if (codePoint == ' ') {
            return "a space";
        }
        if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)
                || !Character.isDefined(codePoint)) {
            return String.format(Locale.ROOT, "U+%04X", codePoint);
        }
        return "'" + new String(Character.toChars(codePoint)) + "'";
    }

    static boolean isCell(int ch) {
        return ch == '#' || ch == '.' || ch == '1' || ch == '0';
    }

    /** One pass over the lines; state is the pattern being read, if any. */
    private static final class Parser {
        private final String text;
        private final String source;
        private final List<Pattern> patterns = new ArrayList<>();
        private final Map<String, Integer> nameLines = new HashMap<>();
        private String setName;
        private int setLine;
        private int firstLine;
        // the pattern whose rows are being read (or the last one, once complete)
        private String name;
        private int rows;
        private int cols;
        private int headerLine;
        private byte[] cells;
        private int rowsRead;

        Parser(String text, String source) {
            this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
            this.source = source;
        }

        private PatternFormatException error(int line, String detail) {
            return new PatternFormatException(source, line, detail);
        }

        PatternSet parse() throws PatternFormatException {
            String[] all = text.split("\n", -1);
            // the empty string after a final newline is not a line
            String[] lines = all[all.length - 1].isEmpty() ? Arrays.copyOf(all, all.length - 1) : all;
            rejectBinary(lines);
            for (int k = 0; k < lines.length; k++) {
                line(k + 1, stripEnd(lines[k]));
            }
            if (cells != null && rowsRead < rows) {
                throw error(headerLine, "pattern '" + name + "' (" + rows + "×" + cols + ") has only " + rowsRead
                        + " of its " + rows + " rows before the end of the file");
            }
            if (patterns.isEmpty()) {
                throw error(0, text.isBlank() ? "the file is empty: no patterns found"
                        : "no patterns found: a pattern starts with a line " + HEADER_HINT);
            }
            String finalName = setName != null ? setName : defaultSetName(source);
            long canonical = canonicalBytes(finalName, patterns);
            if (canonical > MAX_FILE_BYTES) {
                // N.B. what is read must be writable and readable again: the canonical form adds a blank line per
                // pattern, so a file just under the cap could otherwise be read but never saved back.
                throw error(0, patterns.size() + " patterns would take " + Problems.bytes(canonical)
                        + " when saved, more than the " + Problems.bytes(MAX_FILE_BYTES)
                        + " a pattern file may hold: split the file");
            }
            return new PatternSet(finalName, patterns);
        }

        /**
         * NUL and other control characters (C0, DEL and C1: U+0080–U+009F) mean a binary file or one in another
         * encoding (tabs and CR LF line ends are fine).
         */
        private void rejectBinary(String[] lines) throws PatternFormatException {
            for (int k = 0; k < lines.length; k++) {
                String l = lines[k];
                int end = l.endsWith("\r") ? l.length() - 1 : l.length();
                for (int i = 0; i < end; i++) {
                    char ch = l.charAt(i);
                    if (Character.isISOControl(ch) && ch != '\t') {
                        throw error(k + 1, "not a text pattern file (control character "
                                + String.format(Locale.ROOT, "U+%04X", (int) ch) + " at column " + (i + 1) + ")");
                    }
                }
            }
        }

        private static String stripEnd(String l) {
            int end = l.length();
            while (end > 0 && (l.charAt(end - 1) == ' ' || l.charAt(end - 1) == '\t' || l.charAt(end - 1) == '\r')) {
                end--;
            }
            return l.substring(0, end);
        }

        private void line(int no, String l) throws PatternFormatException {
            String trimmed = l.strip();
            boolean blank = trimmed.isEmpty();
            boolean comment = trimmed.startsWith(";");
            String keyword = blank ? "" : keyword(trimmed);

            if (cells != null && rowsRead < rows) {
                if (blank || comment || keyword.equals("pattern") || keyword.equals("set")) {
                    String found = blank ? "a blank line" : comment ? "a comment" : "a '" + keyword + "' line";
                    throw error(no, "pattern '" + name + "' (" + rows + "×" + cols + ", line " + headerLine
                            + ") has only " + rowsRead + " rows, expected " + rows
                            + "; found " + found + " where row " + (rowsRead + 1) + " should be");
                }
                row(no, l);
                return;
            }
            if (blank || comment) {
                return;
            }
            switch (keyword) {
                case "pattern" -> header(no, trimmed.substring(keyword.length()).strip());
                case "set" -> set(no, trimmed.substring(keyword.length()).strip());
                default -> {
                    if (l.codePoints().allMatch(PatternFiles::isCell)) {
                        if (cells == null) {
                            throw error(no, "row of cells before any pattern header: start each pattern with "
                                    + HEADER_HINT);
                        }
                        throw error(no, "pattern '" + name + "' (line " + headerLine + ") is declared " + rows + "×"
                                + cols + " but has more than " + rows + " rows");
                    }
                    String shown = trimmed.length() > 40 ? trimmed.substring(0, 40) + "…" : trimmed;
                    throw error(no, "expected " + HEADER_HINT + ", a ';' comment or a blank line, found '"
                            + shown + "'");
                }
            }
        }

        private void set(int no, String rest) throws PatternFormatException {
            if (setName != null) {
                throw error(no, "a second 'set' line (the first is on line " + setLine + "): a file holds one set");
            }
            if (!patterns.isEmpty() || cells != null) {
                throw error(no, "the 'set' line must come before the first pattern");
            }
            if (rest.isEmpty()) {
                throw error(no, "the 'set' line has no name: write 'set NAME'");
            }
            String problem = nameProblem(rest);
            if (problem != null) {
                throw error(no, "the set name '" + printable(rest) + "' cannot be used: " + problem);
            }
            setName = rest;
            setLine = no;
        }

        private void header(int no, String rest) throws PatternFormatException {
            if (rest.isEmpty()) {
                throw error(no, "pattern header without name and size: write " + HEADER_HINT);
            }
            int cut = Math.max(rest.lastIndexOf(' '), rest.lastIndexOf('\t'));
            String sizeToken = rest.substring(cut + 1);
            Matcher m = SIZE.matcher(sizeToken);
            if (!m.matches()) {
                throw error(no, "pattern header 'pattern " + rest + "' does not end with the size ROWSxCOLS: write "
                        + HEADER_HINT);
            }
            String newName = cut < 0 ? "" : rest.substring(0, cut).strip();
            if (newName.isEmpty()) {
                throw error(no, "pattern header 'pattern " + rest + "' has no name: write " + HEADER_HINT);
            }
            String problem = nameProblem(newName);
            if (problem != null) {
                throw error(no, "the pattern name '" + printable(newName) + "' cannot be used: " + problem);
            }
            int r = side(m.group(1));
            int c = side(m.group(2));
            // N.B. refuse before allocating anything: a declared 100000x100000 would need 10 GB.
            if (r > MAX_SIDE || c > MAX_SIDE) {
                throw error(no, "pattern '" + newName + "' declares " + m.group(1) + "×" + m.group(2)
                        + " cells; pattern files allow at most " + MAX_SIDE + "×" + MAX_SIDE);
            }
            if (r < 1 || c < 1) {
                throw error(no, "pattern '" + newName + "' declares " + r + "×" + c
                        + " cells; it needs at least 1 row and 1 column");
            }
            Integer previous = nameLines.putIfAbsent(newName, no);
            if (previous != null) {
                throw error(no, "pattern name '" + newName + "' is used twice (first on line " + previous
                        + "): names in a file must be unique");
            }
            if (!patterns.isEmpty() && (r != rows || c != cols)) {
                Pattern first = patterns.get(0);
                throw error(no, "pattern '" + newName + "' is " + r + "×" + c + " but '" + first.name()
                        + "' (line " + firstLine + ") is " + first.rows() + "×" + first.cols()
                        + ": all patterns in a file must have the same size");
            }
            if (patterns.isEmpty()) {
                firstLine = no;
            }
            name = newName;
            rows = r;
            cols = c;
            headerLine = no;
            cells = new byte[r * c];
            rowsRead = 0;
        }

        /** A side length, saturated so that absurd digit strings compare as too large instead of overflowing. */
        private static int side(String digits) {
            int v = 0;
            for (int k = 0; k < digits.length(); k++) {
                v = Math.min(10_000_000, v * 10 + (digits.charAt(k) - '0'));
            }
            return v > 1_000_000 ? Integer.MAX_VALUE : v;
        }

        /** The first word (up to a blank or tab), lower-cased. N.B. no regex: this runs once per line. */
        private static String keyword(String trimmed) {
            int end = 0;
            while (end < trimmed.length() && trimmed.charAt(end) != ' ' && trimmed.charAt(end) != '\t') {
                end++;
            }
            return trimmed.substring(0, end).toLowerCase(Locale.ROOT);
        }

        private void row(int no, String l) throws PatternFormatException {
            int column = 0;
            int base = rowsRead * cols;
            for (int i = 0; i < l.length(); ) {
                int ch = l.codePointAt(i);
                i += Character.charCount(ch);
                column++;
                if (!isCell(ch)) {
                    throw error(no, "unknown character " + show(ch) + " at column " + column + " in pattern '" + name
                            + "'; cells are '#' or '1' (black, +1) and '.' or '0' (white, −1)");
                }
                if (column <= cols) {
                    cells[base + column - 1] = (ch == '#' || ch == '1') ? (byte) 1 : (byte) -1;
                }
            }
            if (column != cols) {
                throw error(no, "row has " + column + " cells, expected " + cols + " (pattern '" + name + "' is "
                        + rows + "×" + cols + ")");
            }
            rowsRead++;
            if (rowsRead == rows) {
                patterns.add(new Pattern(name, rows, cols, cells));
            }
        }
    }
}
