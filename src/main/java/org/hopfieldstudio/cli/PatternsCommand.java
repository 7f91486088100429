package org.hopfieldstudio.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.io.PatternLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "patterns", mixinStandardHelpOptions = true,
        description = "List the bundled pattern library (set, pattern, rows, cols), or the patterns of one set or file.")
final class PatternsCommand extends Common implements Callable<Integer> {
    @Option(names = "--set", paramLabel = "SET|FILE", description = "Only this bundled set or pattern file.")
    String set;

    @Override
    Out.Format defaultFormat() {
        return Out.Format.CSV;
    }

    @Override
    public Integer call() throws Exception {
        Out.Format f = format();
        List<PatternSet> sets = set == null ? PatternLibrary.builtIn() : List.of(Inputs.patternSet(set));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PatternSet s : sets) {
            for (Pattern p : s.patterns()) {
                Map<String, Object> r = Out.row();
                r.put("set", s.name());
                r.put("pattern", p.name());
                r.put("rows", p.rows());
                r.put("cols", p.cols());
                rows.add(r);
            }
        }
        Out.print(out(), f, rows, false);
        return 0;
    }
}
