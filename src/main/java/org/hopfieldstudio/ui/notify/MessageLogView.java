package org.hopfieldstudio.ui.notify;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hopfieldstudio.ui.Styles;

/**
 * The message log: a drawer above the status bar listing every message of the session (time, severity, source,
 * message), newest last; the selected message's full text below, selectable; Copy (Ctrl+C) puts the selected rows
 * on the clipboard as text, Copy all the whole log.
 */
public final class MessageLogView extends VBox {
    private final StatusModel model;
    private final TableView<Message> table = new TableView<>();
    private final TextArea detail = new TextArea();
    private final Button copy = new Button("Copy");
    private final Button copyAll = new Button("Copy all");
    private final Button close = new Button("Close");

    public MessageLogView(StatusModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add(Styles.MESSAGE_LOG);
        setId("messageLog");
        Label title = new Label("Messages of this session");
        title.getStyleClass().add(Styles.PANEL_TITLE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        copy.setId("messageLogCopy");
        copyAll.setId("messageLogCopyAll");
        close.setId("messageLogClose");
        HBox header = new HBox(6, title, gap, copy, copyAll, close);
        header.setAlignment(Pos.CENTER_LEFT);

        table.setId("messageTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No messages yet."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Time", 6, Message::timeText));
        table.getColumns().add(column("Severity", 6, m -> m.level().name().toLowerCase(java.util.Locale.ROOT)));
        table.getColumns().add(column("Source", 7, m -> m.source().isEmpty() ? "—" : m.source()));
        table.getColumns().add(column("Message", 40, Message::summary));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Message m, boolean empty) {
                super.updateItem(m, empty);
                getStyleClass().removeAll(Styles.LOG_ERROR, Styles.LOG_WARNING);
                if (!empty && m != null && m.level() == Notice.Level.ERROR) {
                    getStyleClass().add(Styles.LOG_ERROR);
                } else if (!empty && m != null && m.level() == Notice.Level.WARNING) {
                    getStyleClass().add(Styles.LOG_WARNING);
                }
            }
        });
        HBox.setHgrow(table, Priority.ALWAYS);
        detail.setId("messageDetail");
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.setPromptText("Select a message to read its full text here (selectable).");
        detail.getStyleClass().add(Styles.MESSAGE_DETAIL);
        HBox body = new HBox(6, table, detail);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, body);
    }

    private static TableColumn<Message, String> column(String name, double em,
                                                       java.util.function.Function<Message, String> value) {
        TableColumn<Message, String> c = new TableColumn<>(name);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(em * 13);
        c.setSortable(false);
        return c;
    }

    private void initListeners() {
        table.setItems(model.board().messages());
        visibleProperty().bind(model.logOpenProperty());
        managedProperty().bind(visibleProperty());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, m) -> detail.setText(m == null ? "" : m.detailText()));
        model.board().messages().addListener((ListChangeListener<Message>) c -> {
            if (model.logOpenProperty().get() && !table.getItems().isEmpty()) {
                table.scrollTo(table.getItems().size() - 1);
            }
        });
        model.logOpenProperty().addListener((o, a, open) -> {
            if (open && !table.getItems().isEmpty()) {
                int last = table.getItems().size() - 1;
                table.getSelectionModel().clearAndSelect(last);
                table.scrollTo(last);
            }
        });
        copy.setOnAction(e -> copySelected());
        copyAll.setOnAction(e -> toClipboard(table.getItems()));
        close.setOnAction(e -> model.logOpenProperty().set(false));
        KeyCombination ctrlC = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
        table.setOnKeyPressed(e -> {
            if (ctrlC.match(e)) {
                copySelected();
                e.consume();
            }
        });
    }

    private void copySelected() {
        List<Message> sel = table.getSelectionModel().getSelectedItems();
        toClipboard(sel.isEmpty() ? table.getItems() : sel);
    }

    /** The log lines of {@code messages}, one per line, as put on the clipboard. */
    public static String asText(List<Message> messages) {
        StringBuilder sb = new StringBuilder();
        for (Message m : messages) {
            sb.append(m.toLogLine()).append('\n');
        }
        return sb.toString();
    }

    private static void toClipboard(List<Message> messages) {
        ClipboardContent content = new ClipboardContent();
        content.putString(asText(messages));
        Clipboard.getSystemClipboard().setContent(content);
    }

    public TableView<Message> table() {
        return table;
    }
}
