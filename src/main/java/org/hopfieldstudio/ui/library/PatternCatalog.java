package org.hopfieldstudio.ui.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.core.PatternSet;

/** Where pattern sets come from: the bundled library, pattern files, PNG images. */
public interface PatternCatalog {
    /** Names of the bundled sets, e.g. "letters". */
    List<String> builtInNames();

    PatternSet loadBuiltIn(String name) throws IOException;

    PatternSet readFile(Path file) throws IOException;

    /** One pattern from an image, resampled to {@code rows × cols} (dark = +1). */
    Pattern importImage(Path image, int rows, int cols) throws IOException;

    /** Writes the set as a pattern text file (patterns/FORMAT.md); the old file stays if writing fails. */
    void writeFile(PatternSet set, Path file) throws IOException;

    /** Writes the pattern as a black-and-white PNG. */
    void exportImage(Pattern pattern, Path image) throws IOException;
}
