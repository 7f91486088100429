package org.hopfieldstudio.ui.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.io.PatternFiles;
import org.hopfieldstudio.io.PatternImages;
import org.hopfieldstudio.io.PatternLibrary;

/** The catalog over the io package: bundled sets, pattern text files (read and write), PNG import (dark = +1, threshold ½) and export. */
public final class IoPatternCatalog implements PatternCatalog {
    @Override
    public List<String> builtInNames() {
        return PatternLibrary.names();
    }

    @Override
    public PatternSet loadBuiltIn(String name) {
        return PatternLibrary.load(name);
    }

    @Override
    public PatternSet readFile(Path file) throws IOException {
        return PatternFiles.read(file);
    }

    @Override
    public Pattern importImage(Path image, int rows, int cols) throws IOException {
        return PatternImages.importPng(image, rows, cols, 0.5, false);
    }

    @Override
    public void writeFile(PatternSet set, Path file) throws IOException {
        PatternFiles.write(set, file);
    }

    /** Cells of about 20 screen pixels for a 10×10 grid, at least 4 for 100×100: a readable picture. */
    @Override
    public void exportImage(Pattern pattern, Path image) throws IOException {
        int cell = Math.max(4, 200 / Math.max(pattern.rows(), pattern.cols()));
        PatternImages.exportPng(pattern, image, cell);
    }
}
