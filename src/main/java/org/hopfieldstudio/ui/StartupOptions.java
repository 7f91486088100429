package org.hopfieldstudio.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.hopfieldstudio.ui.recall.RecallViewModel;

/**
 * The start-up switches ({@code -Dhopfield.*}), checked: a value that is not a number, out of range or unknown is
 * replaced by its default and named in {@link #problems()}, which the window shows as one message. Nothing here
 * throws, so a wrong switch never keeps the window from opening and is never silently substituted.
 */
public record StartupOptions(String set, String pattern, List<String> stored, boolean storedGiven, String protocol,
                             double noise, Double temperature, Double speed, String autoplay, List<String> problems) {
    public static final double MAX_TEMPERATURE = 2;

    /**
     * @param props        reads a property (System::getProperty in the app)
     * @param protocolIds  the registered protocol ids
     * @param setNames     the bundled set names
     */
    public static StartupOptions parse(UnaryOperator<String> props, List<String> protocolIds, List<String> setNames) {
        List<String> problems = new ArrayList<>();
        String set = props.apply("hopfield.set");
        if (set == null) {
            set = "letters";
        } else if (!setNames.contains(set)) {
            problems.add("hopfield.set=" + set + " is not a bundled set (" + String.join(", ", setNames)
                    + "); using letters");
            set = "letters";
        }
        String pattern = props.apply("hopfield.pattern");
        String storedText = props.apply("hopfield.stored");
        List<String> stored = storedText == null ? List.of() : Arrays.stream(storedText.split(","))
                .map(String::trim).filter(x -> !x.isEmpty()).toList();
        String protocol = props.apply("hopfield.protocol");
        if (protocol == null) {
            protocol = "hebb";
        } else if (protocolIds.stream().noneMatch(protocol::equalsIgnoreCase)) {
            problems.add("hopfield.protocol=" + protocol + " is not a protocol (" + String.join(", ", protocolIds)
                    + "); using hebb");
            protocol = "hebb";
        }
        double noise = number(props, "hopfield.noise", 0, RecallViewModel.MAX_NOISE, problems,
                HopfieldStudioApp.DEFAULT_NOISE);
        Double temperature = props.apply("hopfield.temperature") == null ? null
                : number(props, "hopfield.temperature", 0, MAX_TEMPERATURE, problems, 0);
        Double speed = props.apply("hopfield.speed") == null ? null
                : number(props, "hopfield.speed", 0, 1, problems, 0.55);
        String autoplay = props.apply("hopfield.autoplay");
        if (autoplay == null) {
            autoplay = "false";
        } else if (!List.of("true", "false", "loop").contains(autoplay.toLowerCase(Locale.ROOT))) {
            problems.add("hopfield.autoplay=" + autoplay + " is not true, false or loop; not playing");
            autoplay = "false";
        }
        return new StartupOptions(set, pattern == null ? "A" : pattern, stored, storedText != null, protocol, noise,
                temperature, speed, autoplay.toLowerCase(Locale.ROOT), List.copyOf(problems));
    }

    private static double number(UnaryOperator<String> props, String key, double min, double max,
                                 List<String> problems, double fallback) {
        String text = props.apply(key);
        if (text == null) {
            return fallback;
        }
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            problems.add(key + "=" + text + " is not a number; using " + fmt(fallback));
            return fallback;
        }
        if (!(v >= min && v <= max)) {
            problems.add(key + "=" + text + " is outside " + fmt(min) + " … " + fmt(max) + "; using " + fmt(fallback));
            return fallback;
        }
        return v;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** The one message the window shows, or null when every switch was fine. */
    public String problemText() {
        return problems.isEmpty() ? null : String.join(". ", problems) + ".";
    }
}
