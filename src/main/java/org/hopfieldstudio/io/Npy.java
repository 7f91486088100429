package org.hopfieldstudio.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * NumPy {@code .npy} files of little-endian float32 ({@code '<f4'}), format version 1.0:
 *
 * <pre>
 * "\x93NUMPY" 0x01 0x00  HEADER_LEN (uint16 LE)  header  data
 * header = "{'descr': '&lt;f4', 'fortran_order': False, 'shape': (R, C), }" padded with spaces and ending in
 *          '\n' so that 10 + HEADER_LEN is a multiple of 64
 * data   = prod(shape) floats, little-endian, in C (row-major) order, or column-major if fortran_order
 * </pre>
 *
 * Readable by {@code numpy.load}. Data is streamed through a 1 MiB direct buffer, so a 400 MB matrix
 * (N = 10⁴) is written at disk speed without a second copy in the heap.
 */
public final class Npy {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int CHUNK_BYTES = 1 << 20;

    private Npy() {
    }

    /** A float32 array read from a {@code .npy} file: its shape, its data in file order, and that order. */
    public record Float32Array(int[] shape, float[] data, boolean fortranOrder) {
    }

    /**
     * Writes {@code data} (not modified) as a float32 {@code .npy} file, replacing {@code file}.
     *
     * @param shape        dimensions, each ≥ 0; their product must equal {@code data.length}
     * @param fortranOrder whether {@code data} is in column-major order (it is written as given)
     */
    public static void writeFloat32(Path file, int[] shape, float[] data, boolean fortranOrder) throws IOException {
        long count = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            }
            count *= d;
        }
        if (count != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + count
                    + " values but data has " + data.length);
        }
        byte[] header = header(shape, fortranOrder);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            writeFully(ch, ByteBuffer.wrap(header));
            // N.B. a small array gets a small buffer: a 1 MiB direct buffer per call is slow for many small files
            ByteBuffer buf = ByteBuffer.allocateDirect((int) Math.min(CHUNK_BYTES, Math.max(64L, 4L * data.length)))
                    .order(ByteOrder.LITTLE_ENDIAN);
            FloatBuffer floats = buf.asFloatBuffer();
            for (int off = 0; off < data.length; ) {
                int n = Math.min(floats.capacity(), data.length - off);
                floats.clear();
                floats.put(data, off, n);
                buf.clear().limit(n * Float.BYTES);
                writeFully(ch, buf);
                off += n;
            }
        }
    }

    /** The full preamble: magic, version 1.0, header length and the padded header dictionary. */
    static byte[] header(int[] shape, boolean fortranOrder) {
        StringBuilder dims = new StringBuilder();
        for (int i = 0; i < shape.length; i++) {
            dims.append(i > 0 ? ", " : "").append(shape[i]);
        }
        if (shape.length == 1) {
            dims.append(',');
        }
        String dict = "{'descr': '<f4', 'fortran_order': " + (fortranOrder ? "True" : "False")
                + ", 'shape': (" + dims + "), }";
        int unpadded = MAGIC.length + 2 + 2 + dict.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        String text = dict + " ".repeat(padding) + "\n";
        if (text.length() > 0xFFFF) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " is too long for a v1.0 header");
        }
        ByteBuffer b = ByteBuffer.allocate(MAGIC.length + 4 + text.length()).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) text.length());
        b.put(text.getBytes(StandardCharsets.US_ASCII));
        return b.array();
    }

    /**
     * Reads a float32 {@code .npy} file (format versions 1.0 to 3.0, {@code '<f4'} only). The header is validated
     * completely before anything is allocated: the magic, the version, a header that is exactly a Python dict of
     * the three keys {@code 'descr'}, {@code 'fortran_order'} and {@code 'shape'} (each once, nothing else, in any
     * order) ending in a newline, a shape that is a tuple of non-negative whole numbers whose product fits a Java
     * array, and a file length of exactly header plus data. Only regular files are opened.
     *
     * @throws InputFormatException naming the file when it is not such a file, is truncated or too large
     * @throws org.hopfieldstudio.core.InsufficientMemoryException when the data would not fit the free heap
     */
    public static Float32Array readFloat32(Path file) throws IOException {
        String source = InputFiles.displayName(file);
        try (FileChannel ch = InputFiles.openChannel(file, ".npy file")) {
            ByteBuffer pre = ByteBuffer.allocate(MAGIC.length + 2).order(ByteOrder.LITTLE_ENDIAN);
            readFully(ch, pre, source);
            byte[] magic = Arrays.copyOf(pre.array(), MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new InputFormatException(source, 0, "not a .npy file (no \\x93NUMPY magic)");
            }
            int major = pre.get(MAGIC.length) & 0xFF;
            int minor = pre.get(MAGIC.length + 1) & 0xFF;
            if (major < 1 || major > 3 || minor != 0) {
                throw new InputFormatException(source, 0, "unsupported .npy version " + major + "." + minor
                        + " (1.0, 2.0 and 3.0 are read)");
            }
            ByteBuffer lenBuf = ByteBuffer.allocate(major == 1 ? 2 : 4).order(ByteOrder.LITTLE_ENDIAN);
            readFully(ch, lenBuf, source);
            long headerLen = major == 1 ? Short.toUnsignedInt(lenBuf.getShort(0))
                    : Integer.toUnsignedLong(lenBuf.getInt(0));
            if (headerLen > MAX_HEADER_BYTES) {
                throw new InputFormatException(source, 0, ".npy header of " + headerLen
                        + " bytes is implausible (at most " + MAX_HEADER_BYTES + ")");
            }
            ByteBuffer hb = ByteBuffer.allocate((int) headerLen);
            readFully(ch, hb, source);
            Header h = parseHeader(hb.array(), major, source);
            long dataStart = ch.position();
            long count = h.count();
            long expected = dataStart + count * Float.BYTES;
            if (ch.size() != expected) {
                throw new InputFormatException(source, 0, "file has " + ch.size() + " bytes, shape "
                        + shapeText(h.shape()) + " needs " + expected + (ch.size() < expected ? " (truncated)" : ""));
            }
            requireHeap(count * Float.BYTES, source);
            float[] data = new float[(int) count];
            int chunk = (int) Math.min(CHUNK_BYTES, Math.max(64L, count * Float.BYTES));
            ByteBuffer buf = ByteBuffer.allocate(chunk).order(ByteOrder.LITTLE_ENDIAN);
            for (int off = 0; off < data.length; ) {
                int n = Math.min(chunk / Float.BYTES, data.length - off);
                buf.clear().limit(n * Float.BYTES);
                readFully(ch, buf, source);
                buf.flip();
                buf.asFloatBuffer().get(data, off, n);
                off += n;
            }
            return new Float32Array(h.shape(), data, h.fortranOrder());
        } catch (InputFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new InputFormatException(source, 0, "cannot be read: " + Problems.describe(e), e);
        }
    }

    /** Largest header read: numpy itself refuses headers above 10,000 bytes by default. */
    static final int MAX_HEADER_BYTES = 65_535;
    /** Largest number of values: one Java array. */
    static final long MAX_VALUES = Integer.MAX_VALUE - 8;

    /** A validated header. */
    record Header(String descr, boolean fortranOrder, int[] shape, long count) {
    }

    /**
     * Parses and validates the header dictionary (the bytes after the length field).
     *
     * @throws InputFormatException naming {@code source} and what is wrong
     */
    static Header parseHeader(byte[] bytes, int major, String source) throws InputFormatException {
        String text;
        if (major == 3) {
            try {
                text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new InputFormatException(source, 0, "malformed .npy header: not valid UTF-8", e);
            }
        } else {
            for (byte b : bytes) {
                if (b < 0) {
                    throw new InputFormatException(source, 0, "malformed .npy header: a version "
                            + major + ".0 header is ASCII text");
                }
            }
            text = new String(bytes, java.nio.charset.StandardCharsets.US_ASCII);
        }
        return new HeaderParser(text, source).parse();
    }

    /** A strict reader of the one Python literal numpy writes: {'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }. */
    private static final class HeaderParser {
        private final String t;
        private final String source;
        private int i;

        HeaderParser(String text, String source) {
            this.t = text;
            this.source = source;
        }

        private InputFormatException bad(String what) {
            String shown = t.strip();
            if (shown.length() > 80) {
                shown = shown.substring(0, 80) + "…";
            }
            return new InputFormatException(source, 0, "malformed .npy header: " + what + " in "
                    + shown.replaceAll("[\\p{Cntrl}\\x{80}-\\x{9F}]", "?"));
        }

        private void blanks() {
            while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
                i++;
            }
        }

        private boolean eat(char c) {
            blanks();
            if (i < t.length() && t.charAt(i) == c) {
                i++;
                return true;
            }
            return false;
        }

        private void expect(char c, String what) throws InputFormatException {
            if (!eat(c)) {
                throw bad("expected " + what);
            }
        }

        Header parse() throws InputFormatException {
            if (t.isEmpty() || t.charAt(t.length() - 1) != '\n') {
                throw bad("the header does not end with a newline");
            }
            expect('{', "'{' at the start");
            String descr = null;
            Boolean fortran = null;
            int[] shape = null;
            while (!eat('}')) {
                String key = string("a key");
                expect(':', "':' after '" + key + "'");
                switch (key) {
                    case "descr" -> {
                        if (descr != null) {
                            throw bad("'descr' given twice");
                        }
                        descr = string("a dtype string for 'descr'");
                    }
                    case "fortran_order" -> {
                        if (fortran != null) {
                            throw bad("'fortran_order' given twice");
                        }
                        fortran = bool();
                    }
                    case "shape" -> {
                        if (shape != null) {
                            throw bad("'shape' given twice");
                        }
                        shape = tuple();
                    }
                    default -> throw bad("unknown key '" + key + "'");
                }
                if (!eat(',')) {
                    expect('}', "',' or '}'");
                    break;
                }
            }
            blanks();
            if (i != t.length() - 1) {
                throw bad("text after the closing '}'");
            }
            if (descr == null || fortran == null || shape == null) {
                throw bad("missing " + (descr == null ? "'descr'" : fortran == null ? "'fortran_order'" : "'shape'"));
            }
            if (!descr.equals("<f4")) {
                throw new InputFormatException(source, 0, "holds '" + descr
                        + "', expected little-endian float32 '<f4'");
            }
            long count = 1;
            for (int d : shape) {
                count *= d;
                if (count > MAX_VALUES) {
                    throw new InputFormatException(source, 0, "shape " + shapeText(shape) + " holds more than "
                            + MAX_VALUES + " values, more than one Java array can hold");
                }
            }
            return new Header(descr, fortran, shape, count);
        }

        private String string(String what) throws InputFormatException {
            blanks();
            if (i >= t.length() || (t.charAt(i) != '\'' && t.charAt(i) != '"')) {
                throw bad("expected " + what);
            }
            char q = t.charAt(i++);
            int start = i;
            while (i < t.length() && t.charAt(i) != q) {
                if (t.charAt(i) == '\\' || t.charAt(i) == '\n') {
                    throw bad("unexpected character in a string");
                }
                i++;
            }
            if (i >= t.length()) {
                throw bad("unterminated string");
            }
            return t.substring(start, i++);
        }

        private boolean bool() throws InputFormatException {
            blanks();
            if (t.startsWith("True", i)) {
                i += 4;
                return true;
            }
            if (t.startsWith("False", i)) {
                i += 5;
                return false;
            }
            throw bad("'fortran_order' must be True or False");
        }

        /** {@code ()}, {@code (n,)} or {@code (a, b, …)} with an optional trailing comma; whole numbers ≥ 0. */
        private int[] tuple() throws InputFormatException {
            expect('(', "a tuple '(…)' for 'shape'");
            java.util.List<Integer> dims = new java.util.ArrayList<>();
            boolean comma = false;
            while (!eat(')')) {
                if (!dims.isEmpty() && !comma) {
                    throw bad("expected ',' between the dimensions of 'shape'");
                }
                blanks();
                int start = i;
                if (i < t.length() && t.charAt(i) == '-') {
                    throw bad("'shape' has a negative dimension");
                }
                while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                    i++;
                }
                String digits = t.substring(start, i);
                if (digits.isEmpty()) {
                    throw bad("'shape' must hold whole numbers");
                }
                if (digits.length() > 1 && digits.charAt(0) == '0') {
                    throw bad("'shape' has a dimension with a leading zero");
                }
                if (digits.length() > 10 || Long.parseLong(digits) > Integer.MAX_VALUE) {
                    throw new InputFormatException(source, 0, "shape dimension " + digits + " is too large");
                }
                if (dims.size() == 32) {
                    throw bad("'shape' has more than 32 dimensions");
                }
                dims.add(Integer.parseInt(digits));
                comma = eat(',');
            }
            if (dims.size() == 1 && !comma) {
                throw bad("a one-dimensional 'shape' is written (n,)");
            }
            return dims.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    static String shapeText(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int k = 0; k < shape.length; k++) {
            sb.append(k > 0 ? ", " : "").append(shape[k]);
        }
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }

    /** Refuses an allocation that the heap cannot hold, instead of an OutOfMemoryError half-way. */
    private static void requireHeap(long bytes, String source) {
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (bytes > free) {
            throw new org.hopfieldstudio.core.InsufficientMemoryException(source + ": its data needs "
                    + org.hopfieldstudio.core.MemoryBudget.human(bytes) + " but only "
                    + org.hopfieldstudio.core.MemoryBudget.human(free) + " of the Java heap is free; start Java "
                    + "with a larger heap, e.g. -Xmx" + Math.max(1, (long) Math.ceil(bytes * 2.0 / (1L << 30))) + "g");
        }
    }

    private static void writeFully(FileChannel ch, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }

    /** Fills {@code b} from its position to its limit (callers read it with absolute gets or flip it). */
    private static void readFully(FileChannel ch, ByteBuffer b, String source) throws IOException {
        while (b.hasRemaining()) {
            if (ch.read(b) < 0) {
                throw new InputFormatException(source, 0, "truncated .npy file");
            }
        }
    }

    /**
     * Reads a float32 {@code .npy} of exactly {@code byteSize} bytes from a stream (e.g. a zip entry), refusing a
     * header whose shape does not account for exactly those bytes before allocating anything.
     *
     * @param source name for messages, e.g. {@code lesson.hopfield: weights.npy}
     * @throws IOException naming {@code source} when the bytes are not such an array
     */
    public static Float32Array readFloat32(java.io.InputStream in, long byteSize, String source) throws IOException {
        java.io.DataInputStream data = new java.io.DataInputStream(in);
        byte[] pre = new byte[MAGIC.length + 2];
        readStream(data, pre, source);
        if (!Arrays.equals(Arrays.copyOf(pre, MAGIC.length), MAGIC)) {
            throw new IOException(source + ": not a .npy array (no \\x93NUMPY magic)");
        }
        int major = pre[MAGIC.length];
        if (major < 1 || major > 3) {
            throw new IOException(source + ": unsupported .npy version " + major);
        }
        byte[] lenBytes = new byte[major == 1 ? 2 : 4];
        readStream(data, lenBytes, source);
        ByteBuffer lb = ByteBuffer.wrap(lenBytes).order(ByteOrder.LITTLE_ENDIAN);
        long headerLen = major == 1 ? Short.toUnsignedInt(lb.getShort()) : Integer.toUnsignedLong(lb.getInt());
        long prefix = pre.length + lenBytes.length + headerLen;
        if (headerLen > 4096 || prefix > byteSize) {
            throw new IOException(source + ": .npy header of " + headerLen + " bytes is implausible");
        }
        byte[] hb = new byte[(int) headerLen];
        readStream(data, hb, source);
        Header h = parseHeader(hb, major, source);
        int[] shape = h.shape();
        long count = h.count();
        if (prefix + count * Float.BYTES != byteSize) {
            throw new IOException(source + ": has " + byteSize + " bytes, shape " + Arrays.toString(shape) + " needs "
                    + (prefix + count * Float.BYTES));
        }
        float[] values = new float[(int) count];
        byte[] chunk = new byte[(int) Math.min(CHUNK_BYTES, Math.max(Float.BYTES, count * Float.BYTES))];
        ByteBuffer view = ByteBuffer.wrap(chunk).order(ByteOrder.LITTLE_ENDIAN);
        for (int off = 0; off < values.length; ) {
            int n = Math.min(chunk.length / Float.BYTES, values.length - off);
            if (data.readNBytes(chunk, 0, n * Float.BYTES) != n * Float.BYTES) {
                throw new IOException(source + ": truncated .npy array");
            }
            view.clear();
            view.asFloatBuffer().get(values, off, n);
            off += n;
        }
        return new Float32Array(shape, values, h.fortranOrder());
    }

    private static void readStream(java.io.DataInputStream in, byte[] b, String source) throws IOException {
        if (in.readNBytes(b, 0, b.length) != b.length) {
            throw new IOException(source + ": truncated .npy array");
        }
    }
}
