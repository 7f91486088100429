package org.hopfieldstudio.ui.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;

/**
 * N.B. interim: random patterns only, until the {@code io} branch (PatternLibrary, PatternFiles,
 * PatternImages) lands on main and {@code IoPatternCatalog} replaces this.
 */
public final class FallbackCatalog implements PatternCatalog {
    @Override
    public List<String> builtInNames() {
        return List.of("random10");
    }

    @Override
    public PatternSet loadBuiltIn(String name) throws IOException {
        if (!name.equals("random10")) {
            throw new IOException("no bundled set named '" + name + "'");
        }
        return PatternSet.random(10, 10, 6, Seeds.rng(7)).withName("random10");
    }

    @Override
    public PatternSet readFile(Path file) throws IOException {
        throw new IOException("reading pattern files needs the io package, which is not merged yet");
    }

    @Override
    public Pattern importImage(Path image, int rows, int cols) throws IOException {
        throw new IOException("PNG import needs the io package, which is not merged yet");
    }
}
