package org.hopfieldstudio.ui.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.io.PatternFiles;
import org.hopfieldstudio.io.PatternImages;
import org.hopfieldstudio.io.PatternLibrary;

/** The catalog over the io package: bundled sets, pattern text files, PNG import (dark = +1, threshold ½). */
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
}
