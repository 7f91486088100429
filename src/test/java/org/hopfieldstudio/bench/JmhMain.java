package org.hopfieldstudio.bench;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Paths;
import java.util.LinkedHashSet;
import java.util.Set;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JMH benchmarks of this package through the Runner API:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.hopfieldstudio.bench.JmhMain}.
 * Arguments are regular expressions selecting benchmarks (default: all of {@link WriteBenchmark}).
 *
 * <p>N.B. under {@code exec:java} the JVM's {@code java.class.path} is Maven's launcher, not the project, and JMH
 * builds the forked benchmark JVM's class path from that property; so it is rebuilt here from the class loader
 * that loaded this class.
 */
public final class JmhMain {
    private JmhMain() {
    }

    public static void main(String[] args) throws RunnerException {
        System.setProperty("java.class.path", classPath());
        ChainedOptionsBuilder options = new OptionsBuilder();
        if (args.length == 0) {
            options.include(WriteBenchmark.class.getName());
        }
        for (String regex : args) {
            options.include(regex);
        }
        new Runner(options.build()).run();
    }

    private static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (ClassLoader cl = JmhMain.class.getClassLoader(); cl != null; cl = cl.getParent()) {
            if (cl instanceof URLClassLoader u) {
                for (URL url : u.getURLs()) {
                    try {
                        entries.add(Paths.get(url.toURI()).toString());
                    } catch (URISyntaxException | IllegalArgumentException e) {
                        entries.add(url.getPath());
                    }
                }
            }
        }
        for (String e : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!e.isEmpty()) {
                entries.add(e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
