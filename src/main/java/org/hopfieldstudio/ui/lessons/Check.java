package org.hopfieldstudio.ui.lessons;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import org.hopfieldstudio.analysis.EndState;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.dynamics.UpdateOrder;
import org.hopfieldstudio.ui.crosstalk.CrosstalkSnapshot;

/**
 * How the app sees that a task is done: a kind and its arguments, read from the model (never from widgets).
 * Each kind validates its arguments when the lesson is read, so a lesson with a bad check fails to open.
 *
 * @param kind the check kind
 * @param args its arguments, already validated
 */
public record Check(Kind kind, List<String> args) {

    /** Every check kind, with the syntax lessons use ({@code task: <kind> <args> | <text>}). */
    public enum Kind {
        /** {@code patterns-at-least N}: at least N patterns stored. */
        PATTERNS_AT_LEAST("patterns-at-least", "N", (c, a) -> c.model().library().count() >= intArg(a, 0)),
        /** {@code patterns-at-most N}: at most N patterns stored. */
        PATTERNS_AT_MOST("patterns-at-most", "N", (c, a) -> c.model().library().count() <= intArg(a, 0)),
        /**
         * {@code end-state KIND [NAME]}: the last finished recall ended in KIND (stored, inverse, mixture, spurious,
         * cycle, not-converged), for stored/inverse optionally of the pattern NAME.
         */
        END_STATE("end-state", "KIND [NAME]", (c, a) -> endStateMatches(c.lastEnd(), a)),
        /** {@code seen-end-state KIND [NAME]}: some recall since the lesson began ended in KIND. */
        SEEN_END_STATE("seen-end-state", "KIND [NAME]", (c, a) -> c.endsSeen().stream()
                .anyMatch(e -> endStateMatches(e, a))),
        /** {@code converged}: the last finished recall stopped at a fixed point (not a 2-cycle, not the sweep cap). */
        CONVERGED("converged", "", (c, a) -> c.lastEnd() != null && c.lastEnd().kind() != EndState.Kind.TWO_CYCLE
                && c.lastEnd().kind() != EndState.Kind.NOT_CONVERGED),
        /** {@code overlap-at-least X}: the last finished recall ended with overlap m ≥ X with its target. */
        OVERLAP_AT_LEAST("overlap-at-least", "X", (c, a) -> c.lastOverlap() >= doubleArg(a, 0)),
        /** {@code hamming-at-most K}: the last finished recall ended at most K cells from its target. */
        HAMMING_AT_MOST("hamming-at-most", "K", (c, a) -> c.lastHamming() >= 0 && c.lastHamming() <= intArg(a, 0)),
        /** {@code runs-at-least K}: K recalls finished since the lesson began. */
        RUNS_AT_LEAST("runs-at-least", "K", (c, a) -> c.finishedRuns() >= intArg(a, 0)),
        /** {@code steps-at-least K}: the current recall has taken at least K steps (single updates). */
        STEPS_AT_LEAST("steps-at-least", "K", (c, a) -> c.model().recall().stepsProperty().get() >= intArg(a, 0)),
        /** {@code protocol ID}: the network in use was written by protocol ID from the stored patterns. */
        PROTOCOL("protocol", "ID", (c, a) -> {
            Network net = c.model().protocol().network();
            return net != null && net.protocol().equalsIgnoreCase(a.get(0)) && !c.model().protocol().staleProperty().get()
                    && c.model().library().count() > 0;
        }),
        /** {@code order NAME}: the update order is NAME (random, sweep, sequential, sync). */
        ORDER("order", "NAME", (c, a) -> c.model().recall().orderProperty().get().cliName().equals(a.get(0))),
        /** {@code grid-side N}: the grid is N×N. */
        GRID_SIDE("grid-side", "N", (c, a) -> c.model().grid().rows() == intArg(a, 0)
                && c.model().grid().cols() == intArg(a, 0)),
        /** {@code load-above X}: the stored patterns load the network above α = p/N = X. */
        LOAD_ABOVE("load-above", "X", (c, a) -> c.model().library().count()
                > doubleArg(a, 0) * c.model().grid().size()),
        /** {@code occluded}: some cells of the grid are occluded (hidden). */
        OCCLUDED("occluded", "", (c, a) -> {
            boolean[] m = c.model().grid().occludedUnsafe();
            if (m == null) {
                return false;
            }
            for (boolean b : m) {
                if (b) {
                    return true;
                }
            }
            return false;
        }),
        /** {@code crosstalk-error-above X}: the Crosstalk view's measured unstable-bit fraction exceeds X. */
        CROSSTALK_ERROR_ABOVE("crosstalk-error-above", "X", (c, a) -> {
            CrosstalkSnapshot s = c.crosstalk().snapshotProperty().get();
            return s != null && s.measuredError() > doubleArg(a, 0);
        }),
        /** {@code crosstalk-load-above X}: the Crosstalk view's slider sets p/N above X. */
        CROSSTALK_LOAD_ABOVE("crosstalk-load-above", "X", (c, a) -> c.crosstalk().patternsProperty().get()
                > doubleArg(a, 0) * c.crosstalk().neurons()),
        /** {@code ortho-overlap-at-least K}: the pseudo-orthogonality histogram makes S agree with ξ on ≥ K cells. */
        ORTHO_OVERLAP_AT_LEAST("ortho-overlap-at-least", "K", (c, a) -> c.crosstalk().overlapCellsProperty().get()
                >= intArg(a, 0)),
        /** {@code census-found KIND}: the attractor census found at least one end state of KIND. */
        CENSUS_FOUND("census-found", "KIND", (c, a) -> c.model().census().rows().stream()
                .anyMatch(r -> kindOf(a.get(0)) == r.endState().kind()));

        private final String id;
        private final String syntax;
        private final BiPredicate<LessonContext, List<String>> test;

        Kind(String id, String syntax, BiPredicate<LessonContext, List<String>> test) {
            this.id = id;
            this.syntax = syntax;
            this.test = test;
        }

        public String id() {
            return id;
        }

        /** The arguments, as FORMAT.md writes them. */
        public String syntax() {
            return syntax;
        }

        /** The kind called {@code id}, or null. */
        public static Kind byId(String id) {
            return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst().orElse(null);
        }
    }

    /** End-state classes by the word lessons use. */
    static EndState.Kind kindOf(String word) {
        return switch (word) {
            case "stored" -> EndState.Kind.STORED;
            case "inverse" -> EndState.Kind.INVERSE;
            case "mixture" -> EndState.Kind.MIXTURE;
            case "spurious" -> EndState.Kind.OTHER_STABLE;
            case "cycle" -> EndState.Kind.TWO_CYCLE;
            case "not-converged" -> EndState.Kind.NOT_CONVERGED;
            default -> null;
        };
    }

    /**
     * Reads a check from its words: the kind, then its arguments.
     *
     * @throws IllegalArgumentException naming what is wrong (the parser adds file and line)
     */
    public static Check parse(List<String> words) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a task needs a check before '|' (one of " + kindList() + ")");
        }
        Kind kind = Kind.byId(words.get(0));
        if (kind == null) {
            throw new IllegalArgumentException("unknown check '" + words.get(0) + "' (known: " + kindList() + ")");
        }
        List<String> args = List.copyOf(words.subList(1, words.size()));
        validate(kind, args);
        return new Check(kind, args);
    }

    private static void validate(Kind kind, List<String> a) {
        String usage = "check '" + kind.id + "' takes " + (kind.syntax.isEmpty() ? "no arguments" : kind.syntax);
        switch (kind) {
            case END_STATE, SEEN_END_STATE -> {
                if (a.isEmpty() || a.size() > 2 || kindOf(a.get(0)) == null) {
                    throw new IllegalArgumentException(usage + " with KIND one of stored, inverse, mixture, spurious, "
                            + "cycle, not-converged");
                }
                if (a.size() == 2 && !(a.get(0).equals("stored") || a.get(0).equals("inverse"))) {
                    throw new IllegalArgumentException(usage + "; only stored and inverse take a pattern name");
                }
            }
            case CENSUS_FOUND -> {
                if (a.size() != 1 || kindOf(a.get(0)) == null) {
                    throw new IllegalArgumentException(usage + " with KIND one of stored, inverse, mixture, spurious");
                }
            }
            case OCCLUDED, CONVERGED -> {
                if (!a.isEmpty()) {
                    throw new IllegalArgumentException(usage);
                }
            }
            case PROTOCOL -> {
                if (a.size() != 1) {
                    throw new IllegalArgumentException(usage);
                }
            }
            case ORDER -> {
                if (a.size() != 1 || Arrays.stream(UpdateOrder.values()).noneMatch(o -> o.cliName().equals(a.get(0)))) {
                    throw new IllegalArgumentException(usage + " (random, sweep, sequential, sync)");
                }
            }
            case OVERLAP_AT_LEAST, LOAD_ABOVE, CROSSTALK_ERROR_ABOVE, CROSSTALK_LOAD_ABOVE -> {
                if (a.size() != 1) {
                    throw new IllegalArgumentException(usage);
                }
                double x = parseDouble(a.get(0), usage);
                double lo = kind == Kind.OVERLAP_AT_LEAST ? -1 : 0;
                if (x < lo || x > 1) {
                    throw new IllegalArgumentException(usage + " between " + (int) lo + " and 1, got " + a.get(0));
                }
            }
            default -> {
                if (a.size() != 1) {
                    throw new IllegalArgumentException(usage);
                }
                int k = parseInt(a.get(0), usage);
                if (k < 0 || k > 1_000_000_000) {
                    throw new IllegalArgumentException(usage + " from 0 to 10⁹, got " + a.get(0));
                }
            }
        }
    }

    /** Whether the task is done in this state of the model. */
    public boolean test(LessonContext context) {
        return kind.test.test(context, args);
    }

    /** Validates the check's arguments against what the prepared model holds (pattern names, protocol ids). */
    void validateAgainst(LessonContext context) {
        if ((kind == Kind.END_STATE || kind == Kind.SEEN_END_STATE) && args.size() == 2) {
            PatternSet set = context.model().library().storedSet();
            if (set == null || set.indexOf(args.get(1)) < 0) {
                throw new IllegalArgumentException("check '" + kind.id + "' names pattern '" + args.get(1)
                        + "', which the prepared state does not store");
            }
        }
        if (kind == Kind.PROTOCOL && context.model().protocol().protocols().stream()
                .noneMatch(p -> p.id().equalsIgnoreCase(args.get(0)))) {
            throw new IllegalArgumentException("check 'protocol' names '" + args.get(0) + "', which is not a protocol "
                    + "(known: " + String.join(", ", context.model().protocol().protocols().stream()
                    .map(p -> p.id()).toList()) + ")");
        }
    }

    @Override
    public String toString() {
        return kind.id + (args.isEmpty() ? "" : " " + String.join(" ", args));
    }

    static String kindList() {
        return String.join(", ", Arrays.stream(Kind.values()).map(Kind::id).toList());
    }

    private static boolean endStateMatches(EndState e, List<String> a) {
        if (e == null || e.kind() != kindOf(a.get(0))) {
            return false;
        }
        return a.size() < 2 || a.get(1).equals(e.patternName());
    }

    private static int intArg(List<String> a, int i) {
        return Integer.parseInt(a.get(i));
    }

    private static double doubleArg(List<String> a, int i) {
        return Double.parseDouble(a.get(i));
    }

    static int parseInt(String s, String usage) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(usage + "; '" + s + "' is not a whole number");
        }
    }

    static double parseDouble(String s, String usage) {
        try {
            double x = Double.parseDouble(s);
            if (!Double.isFinite(x)) {
                throw new NumberFormatException();
            }
            return x;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(usage + "; '" + s.toLowerCase(Locale.ROOT) + "' is not a number");
        }
    }
}
