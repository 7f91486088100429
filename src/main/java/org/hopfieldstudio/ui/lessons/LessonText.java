package org.hopfieldstudio.ui.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Renders a lesson's Markdown (the small subset lessons use: paragraphs, {@code #}/{@code ##} headings, {@code - }
 * bullet lists, {@code **bold**}, {@code *italic*}, {@code $…$} inline and {@code $$…$$} displayed formulas, and
 * {@code {{name}}} live numbers) into wrapping nodes. Live numbers are Text nodes kept in {@link #live()}, so the
 * panel refreshes them without rebuilding the text (the formulas are laid out once).
 */
final class LessonText {
    static final String PARAGRAPH = "lesson-paragraph";
    static final String HEADING = "lesson-heading";
    static final String BOLD = "lesson-bold";
    static final String ITALIC = "lesson-italic";
    static final String LIVE = "lesson-live";
    static final String DISPLAY = "lesson-display";
    private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|\\*(.+?)\\*|\\{\\{\\s*([^}]*?)\\s*}}");

    /** A live-number node and the name it shows. */
    record Live(Text node, String name) {
    }

    private final List<Live> live = new ArrayList<>();
    private final BiFunction<String, Boolean, Node> formula;

    /**
     * @param formula makes the node of a formula from its TeX; the flag is true for a displayed formula
     */
    LessonText(BiFunction<String, Boolean, Node> formula) {
        this.formula = formula;
    }

    List<Live> live() {
        return live;
    }

    /** The nodes of {@code markdown}, one per block; live numbers start with the values {@code valueOf} gives. */
    List<Node> render(String markdown, Function<String, String> valueOf) {
        List<Node> blocks = new ArrayList<>();
        List<String> para = new ArrayList<>();
        for (String raw : (markdown + "\n").split("\n", -1)) {
            String line = raw.strip();
            boolean display = line.startsWith("$$") && line.endsWith("$$") && line.length() > 4
                    && line.indexOf("$$", 2) == line.length() - 2;
            boolean block = line.isEmpty() || line.startsWith("#") || line.startsWith("- ") || display;
            if (block && !para.isEmpty()) {
                blocks.add(paragraph(String.join(" ", para), valueOf, PARAGRAPH));
                para.clear();
            }
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                blocks.add(paragraph(line.replaceFirst("^#+\\s*", ""), valueOf, HEADING));
            } else if (line.startsWith("- ")) {
                TextFlow item = paragraph(line.substring(2), valueOf, PARAGRAPH);
                Text bullet = new Text("•  ");
                HBox row = new HBox(bullet, item);
                blocks.add(row);
            } else if (display) {
                HBox row = new HBox(formula.apply(line.substring(2, line.length() - 2).strip(), true));
                row.setAlignment(Pos.CENTER);
                row.getStyleClass().add(DISPLAY);
                blocks.add(row);
            } else {
                para.add(line);
            }
        }
        return blocks;
    }

    /** One wrapping paragraph: plain runs, bold/italic, inline formulas, live numbers. */
    private TextFlow paragraph(String text, Function<String, String> valueOf, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        for (Formulas.Run run : Formulas.split(text)) {
            if (run.formula()) {
                flow.getChildren().add(formula.apply(run.text(), run.display()));
                continue;
            }
            Matcher m = INLINE.matcher(run.text());
            int at = 0;
            while (m.find()) {
                if (m.start() > at) {
                    flow.getChildren().add(text(run.text().substring(at, m.start()), styleClass));
                }
                if (m.group(1) != null) {
                    flow.getChildren().add(text(m.group(1), styleClass, BOLD));
                } else if (m.group(2) != null) {
                    flow.getChildren().add(text(m.group(2), styleClass, ITALIC));
                } else {
                    Text t = text(valueOf.apply(m.group(3)), styleClass, LIVE);
                    live.add(new Live(t, m.group(3)));
                    flow.getChildren().add(t);
                }
                at = m.end();
            }
            if (at < run.text().length()) {
                flow.getChildren().add(text(run.text().substring(at), styleClass));
            }
        }
        return flow;
    }

    private static Text text(String s, String... classes) {
        Text t = new Text(s);
        t.getStyleClass().add("lesson-text");
        t.getStyleClass().addAll(classes);
        return t;
    }
}
