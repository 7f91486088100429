package org.hopfieldstudio.io;

import org.hopfieldstudio.core.PatternSet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The bundled pattern sets: the files of the top-level {@code patterns/} directory, copied into the jar under
 * {@code patterns/} by the build and listed (one file name per line, {@code ;} comments) in
 * {@code patterns/index.txt}, which fixes their order.
 *
 * <p>The sets are parsed once, on first use, and shared (they are immutable).
 */
public final class PatternLibrary {
    /** Classpath folder of the bundled files. */
    public static final String RESOURCE_DIR = "patterns/";
    /** Classpath resource listing the bundled files. */
    public static final String INDEX = RESOURCE_DIR + "index.txt";

    private PatternLibrary() {
    }

    /** Lazily parsed, thread-safe by the class-holder idiom. */
    private static final class Holder {
        static final List<PatternSet> SETS = loadAll();
    }

    /**
     * All bundled sets in index order; each set's {@link PatternSet#name()} is its library name.
     *
     * @throws IllegalStateException when a bundled file is missing or malformed (a build error, not user input)
     */
    public static List<PatternSet> builtIn() {
        return Holder.SETS;
    }

    /** The names of the bundled sets, in index order. */
    public static List<String> names() {
        return builtIn().stream().map(PatternSet::name).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The bundled set called {@code setName} (exact match first, then ignoring case).
     *
     * @throws IllegalArgumentException when there is no such set; the message lists the available ones
     */
    public static PatternSet load(String setName) {
        for (PatternSet s : builtIn()) {
            if (s.name().equals(setName)) {
                return s;
            }
        }
        for (PatternSet s : builtIn()) {
            if (s.name().toLowerCase(Locale.ROOT).equals(setName.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("no pattern set '" + setName + "' in the library; available: "
                + String.join(", ", names()));
    }

    /** File names listed in {@link #INDEX}, in order. */
    static List<String> indexedFiles() {
        String text = new String(resourceBytes(INDEX), StandardCharsets.UTF_8);
        List<String> files = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith(";")) {
                files.add(l);
            }
        }
        return files;
    }

    private static List<PatternSet> loadAll() {
        List<PatternSet> sets = new ArrayList<>();
        for (String file : indexedFiles()) {
            try (InputStream in = open(RESOURCE_DIR + file)) {
                sets.add(PatternFiles.read(in, file));
            } catch (PatternFormatException e) {
                throw new IllegalStateException("bundled pattern file is malformed: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled pattern file " + file, e);
            }
        }
        return List.copyOf(sets);
    }

    private static byte[] resourceBytes(String resource) {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = PatternLibrary.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("bundled resource " + resource + " is missing from the classpath"
                    + " (pom.xml copies the top-level patterns/ folder into it)");
        }
        return in;
    }
}
