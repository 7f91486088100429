package org.hopfieldstudio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The distribution build (src/dist, run by {@code mvn -Pdist package}) names classes, options and a MIME type in
 * several files; these tests catch the files drifting apart, which the image build itself would only show at run
 * time on a user's machine.
 */
class DistributionConfigTest {
    private static final Path DIST = Path.of("src/dist");

    @Test
    void cliLauncherStartsTheCliMainClass() throws Exception {
        Properties cli = load(DIST.resolve("hopfield-cli.properties"));
        assertIsMainClass(cli.getProperty("main-class"));
        assertEquals(org.hopfieldstudio.cli.HopfieldCli.class.getName(), cli.getProperty("main-class"));
    }

    @Test
    void windowLauncherMainClassFromThePomIsALauncher() throws Exception {
        Matcher m = Pattern.compile("<app.mainClass>([^<]+)</app.mainClass>").matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(m.find(), "pom.xml defines app.mainClass");
        assertIsMainClass(m.group(1));
    }

    /** Both launchers must load the native libraries the same way, or one of them fills ~/.javacpp/cache again. */
    @Test
    void cliLauncherHasTheWindowLaunchersJavaOptionsExceptTheHeapSizes() throws IOException {
        List<String> window = windowJavaOptions();
        assertTrue(window.contains("-Dorg.bytedeco.javacpp.pathsFirst=true"), window.toString());
        assertTrue(window.contains("-Djava.library.path=$APPDIR/native"), window.toString());
        Set<String> expected = new LinkedHashSet<>(window);
        // N.B. the heap cap and the window's start-up settings (issue 12: initial heap and metaspace, later C2) are the
        // window's own
        expected.removeIf(o -> o.startsWith("-Xmx") || o.startsWith("-Xms") || o.startsWith("-XX:MetaspaceSize=")
                || o.startsWith("-XX:Tier4"));
        Set<String> cli = new LinkedHashSet<>(Arrays.asList(
                load(DIST.resolve("hopfield-cli.properties")).getProperty("java-options").trim().split("\\s+")));
        assertEquals(expected, cli);
    }

    @Test
    void workspaceMimeTypeIsTheSameInTheDebTheDesktopEntryAndTheMimePackage() throws IOException {
        Properties fa = load(DIST.resolve("hopfield-workspace.properties"));
        String type = fa.getProperty("mime-type");
        assertEquals("hopfield", fa.getProperty("extension"));
        String desktop = Files.readString(DIST.resolve("share/applications/hopfield-studio.desktop"));
        assertTrue(desktop.contains("MimeType=" + type + ";"), desktop);
        assertTrue(desktop.contains("Exec=hopfield-studio %f"), "the desktop entry passes the file on: " + desktop);
        String mime = Files.readString(DIST.resolve("share/mime/packages/hopfield-studio.xml"));
        assertTrue(mime.contains("type=\"" + type + "\"") && mime.contains("pattern=\"*.hopfield\""), mime);
    }

    /** jpackage's own desktop entry would start the app without the file that was double-clicked. */
    @Test
    void debDesktopEntryPassesTheOpenedFileAndKeepsTheMimeTypes() throws IOException {
        String window = Files.readString(DIST.resolve("deb/hopfield-studio.desktop"));
        assertTrue(window.contains("Exec=APPLICATION_LAUNCHER %f"), window);
        assertTrue(window.contains("DESKTOP_MIMES"), window);
        String cli = Files.readString(DIST.resolve("deb/hopfield.desktop"));
        assertTrue(cli.contains("NoDisplay=true"), "the command line stays out of the menu: " + cli);
        String postinst = Files.readString(DIST.resolve("deb/postinst"));
        assertTrue(postinst.contains("DESKTOP_COMMANDS_INSTALL"), "jpackage's desktop commands stay in postinst");
    }

    @Test
    void iconExistsInEverySizeTheDesktopInstallerCopies() throws IOException {
        String script = Files.readString(DIST.resolve("bin/hopfield-install-desktop"));
        Matcher m = Pattern.compile("SIZES=\"([0-9 ]+)\"").matcher(script);
        assertTrue(m.find());
        for (String size : m.group(1).split(" ")) {
            Path png = Path.of("assets/icon/hopfield-studio-" + size + ".png");
            assertTrue(Files.isRegularFile(png), png + " exists");
        }
        assertTrue(Files.isRegularFile(Path.of("assets/icon/hopfield-studio.svg")));
        assertTrue(Files.isRegularFile(Path.of("assets/icon/hopfield-studio.png")), "jpackage's --icon");
    }

    private static List<String> windowJavaOptions() throws IOException {
        String xml = Files.readString(DIST.resolve("dist.xml"));
        Matcher m = Pattern.compile("<arg value=\"--java-options\"/><arg value=\"([^\"]+)\"/>").matcher(xml);
        List<String> options = new ArrayList<>();
        while (m.find()) {
            options.add(m.group(1));
        }
        return options;
    }

    private static void assertIsMainClass(String name) throws Exception {
        Method main = Class.forName(name, false, DistributionConfigTest.class.getClassLoader())
                .getMethod("main", String[].class);
        assertTrue(Modifier.isStatic(main.getModifiers()) && Modifier.isPublic(main.getModifiers()), name);
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        }
        return p;
    }
}
