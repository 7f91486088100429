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
import java.util.regex.Matcher;

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
    private static final java.util.regex.Pattern DESCR =
            java.util.regex.Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final java.util.regex.Pattern FORTRAN =
            java.util.regex.Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final java.util.regex.Pattern SHAPE =
            java.util.regex.Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

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
            ByteBuffer buf = ByteBuffer.allocateDirect(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
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
     * Reads a float32 {@code .npy} file (format versions 1.0 to 3.0, {@code '<f4'} only).
     *
     * @throws IOException naming the file when it is not such a file or is truncated
     */
    public static Float32Array readFloat32(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer pre = ByteBuffer.allocate(MAGIC.length + 2).order(ByteOrder.LITTLE_ENDIAN);
            readFully(ch, pre, file);
            byte[] magic = Arrays.copyOf(pre.array(), MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IOException(file.getFileName() + ": not a .npy file (no \\x93NUMPY magic)");
            }
            int major = pre.get(MAGIC.length);
            ByteBuffer lenBuf = ByteBuffer.allocate(major == 1 ? 2 : 4).order(ByteOrder.LITTLE_ENDIAN);
            if (major < 1 || major > 3) {
                throw new IOException(file.getFileName() + ": unsupported .npy version " + major);
            }
            readFully(ch, lenBuf, file);
            long headerLen = major == 1 ? Short.toUnsignedInt(lenBuf.getShort(0)) : Integer.toUnsignedLong(lenBuf.getInt(0));
            if (headerLen > 1 << 20) {
                throw new IOException(file.getFileName() + ": .npy header of " + headerLen + " bytes is implausible");
            }
            ByteBuffer hb = ByteBuffer.allocate((int) headerLen);
            readFully(ch, hb, file);
            String header = new String(hb.array(), major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);

            Matcher d = DESCR.matcher(header);
            Matcher f = FORTRAN.matcher(header);
            Matcher s = SHAPE.matcher(header);
            if (!d.find() || !f.find() || !s.find()) {
                throw new IOException(file.getFileName() + ": malformed .npy header: " + header.strip());
            }
            if (!d.group(1).equals("<f4")) {
                throw new IOException(file.getFileName() + ": holds '" + d.group(1) + "', expected little-endian float32 '<f4'");
            }
            int[] shape = Arrays.stream(s.group(1).split(","))
                    .map(String::strip).filter(t -> !t.isEmpty()).mapToInt(Integer::parseInt).toArray();
            long count = 1;
            for (int dim : shape) {
                count *= dim;
            }
            if (count > Integer.MAX_VALUE - 8) {
                throw new IOException(file.getFileName() + ": " + count + " values do not fit a Java array");
            }
            long expected = ch.position() + count * Float.BYTES;
            if (ch.size() != expected) {
                throw new IOException(file.getFileName() + ": file has " + ch.size() + " bytes, shape "
                        + Arrays.toString(shape) + " needs " + expected);
            }
            float[] data = new float[(int) count];
            ByteBuffer buf = ByteBuffer.allocateDirect(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
            for (int off = 0; off < data.length; ) {
                int n = Math.min(CHUNK_BYTES / Float.BYTES, data.length - off);
                buf.clear().limit(n * Float.BYTES);
                readFully(ch, buf, file);
                buf.flip();
                buf.asFloatBuffer().get(data, off, n);
                off += n;
            }
            return new Float32Array(shape, data, f.group(1).equals("True"));
        }
    }

    private static void writeFully(FileChannel ch, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }

    /** Fills {@code b} from its position to its limit (callers read it with absolute gets or flip it). */
    private static void readFully(FileChannel ch, ByteBuffer b, Path file) throws IOException {
        while (b.hasRemaining()) {
            if (ch.read(b) < 0) {
                throw new IOException(file.getFileName() + ": truncated .npy file");
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
        String header = new String(hb, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Matcher d = DESCR.matcher(header);
        Matcher f = FORTRAN.matcher(header);
        Matcher s = SHAPE.matcher(header);
        if (!d.find() || !f.find() || !s.find()) {
            throw new IOException(source + ": malformed .npy header");
        }
        if (!d.group(1).equals("<f4")) {
            throw new IOException(source + ": holds '" + d.group(1) + "', expected little-endian float32 '<f4'");
        }
        String[] dims = s.group(1).split(",");
        int[] shape = new int[dims.length];
        int k = 0;
        long count = 1;
        for (String t : dims) {
            String dim = t.strip();
            if (dim.isEmpty()) {
                continue;
            }
            if (!dim.matches("[0-9]{1,10}")) {
                throw new IOException(source + ": .npy shape has a bad dimension '" + dim + "'");
            }
            long v = Long.parseLong(dim);
            if (v > Integer.MAX_VALUE) {
                throw new IOException(source + ": .npy dimension " + dim + " is too large");
            }
            shape[k] = (int) v;
            count *= shape[k++];
            if (count > Integer.MAX_VALUE - 8) {
                throw new IOException(source + ": " + count + " values do not fit a Java array");
            }
        }
        shape = Arrays.copyOf(shape, k);
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
        return new Float32Array(shape, values, f.group(1).equals("True"));
    }

    private static void readStream(java.io.DataInputStream in, byte[] b, String source) throws IOException {
        if (in.readNBytes(b, 0, b.length) != b.length) {
            throw new IOException(source + ": truncated .npy array");
        }
    }
}
