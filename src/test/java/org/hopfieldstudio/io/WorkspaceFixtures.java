package org.hopfieldstudio.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.hopfieldstudio.protocol.Cancellation;
import org.hopfieldstudio.protocol.ProgressListener;
import org.hopfieldstudio.protocol.Protocols;
import org.hopfieldstudio.protocol.WriteRequest;

/** Small valid workspaces and a zip builder for malformed ones (tests only). */
final class WorkspaceFixtures {
    private WorkspaceFixtures() {
    }

    /** A 5×5 workspace with 3 seeded patterns, W written by {@code protocol}, a corrupted cue and a mask. */
    static Workspace small(String protocol, Map<String, Double> params, boolean withMask) {
        PatternSet set = PatternSet.random(5, 5, 3, Seeds.rng(7)).withName("three");
        Network net = Protocols.byId(protocol).write(new WriteRequest(set, params, 11, ProgressListener.NONE,
                Cancellation.NEVER));
        byte[] grid = set.get(1).toArray();
        grid[0] = (byte) -grid[0];
        grid[7] = (byte) -grid[7];
        boolean[] mask = null;
        if (withMask) {
            mask = new boolean[25];
            mask[3] = true;
            mask[24] = true;
        }
        return new Workspace(5, 5, grid, mask, set, new Workspace.ProtocolChoice(protocol, params, false),
                Workspace.Weights.of(net, protocol, params, 11, true),
                new Workspace.RecallSettings(0.2, 99, "sequential", 0.5, true, 0.7, 1), "weights",
                new Workspace.LessonPosition("/home/lecturer/lessons", "first-lesson.md", 2,
                        java.util.List.of(true, false, true)));
    }

    /** The entries of a zip file, in order. */
    static LinkedHashMap<String, byte[]> entries(Path zip) throws IOException {
        LinkedHashMap<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> all = zf.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                try (InputStream in = zf.getInputStream(e)) {
                    out.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return out;
    }

    /** A zip of {@code entries}: {@code .npy} entries STORED, the others deflated. */
    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                ZipEntry z = new ZipEntry(e.getKey());
                if (e.getKey().endsWith(".npy")) {
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    z.setMethod(ZipEntry.STORED);
                    z.setSize(e.getValue().length);
                    z.setCompressedSize(e.getValue().length);
                    z.setCrc(crc.getValue());
                }
                zip.putNextEntry(z);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A float32 {@code .npy} image of {@code data} with {@code shape}. */
    static byte[] npy(int[] shape, float[] data) {
        byte[] h = Npy.header(shape, false);
        ByteBuffer b = ByteBuffer.allocate(h.length + data.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.put(h);
        for (float f : data) {
            b.putFloat(f);
        }
        return b.array();
    }

    /** The float data of a {@code .npy} image written by {@link Npy#header}. */
    static float[] floats(byte[] npy) {
        int headerLen = (npy[8] & 0xFF) | (npy[9] & 0xFF) << 8;
        ByteBuffer b = ByteBuffer.wrap(npy, 10 + headerLen, npy.length - 10 - headerLen).order(ByteOrder.LITTLE_ENDIAN);
        float[] out = new float[b.remaining() / 4];
        b.asFloatBuffer().get(out);
        return out;
    }

    /**
     * Sets the uncompressed size recorded for {@code name} in the central directory (a size that lies).
     */
    static byte[] patchCentralSize(byte[] zip, String name, long size) {
        byte[] out = zip.clone();
        ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        byte[] nameBytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < out.length; i++) {
            if (b.getInt(i) == 0x02014b50) {
                int nameLen = Short.toUnsignedInt(b.getShort(i + 28));
                if (nameLen == nameBytes.length && java.util.Arrays.equals(out, i + 46, i + 46 + nameLen, nameBytes, 0,
                        nameLen)) {
                    b.putInt(i + 24, (int) size);
                    return out;
                }
            }
        }
        throw new IllegalArgumentException("no central entry " + name);
    }

    /** Replaces every occurrence of {@code from} by {@code to} (same length) in the bytes. */
    static byte[] replaceBytes(byte[] data, String from, String to) {
        byte[] f = from.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] t = to.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] out = data.clone();
        for (int i = 0; i + f.length <= out.length; i++) {
            if (java.util.Arrays.equals(out, i, i + f.length, f, 0, f.length)) {
                System.arraycopy(t, 0, out, i, t.length);
            }
        }
        return out;
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }
}
