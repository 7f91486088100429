package org.hopfieldstudio.ui.notify;

import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Where view models post notices (FX thread). Every notice goes into the session's message log
 * ({@link #messages()}) with its time and source; the toasts, the status bar and the log drawer show them.
 *
 * <p>A view model gets a board for its own source ({@link #forSource(String)}): it posts into the same log, tagged
 * with the name of its view ("Library", "Protocol", …).
 *
 * <p>N.B. (STYLE 14) nothing here may hang on a weakly held listener: the unmodifiable wrappers returned by
 * {@link #notices()} and {@link #messages()} are created once and held by the board (an
 * {@code FXCollections.unmodifiableObservableList} holds its listeners weakly and its source listener only as
 * long as the wrapper lives, so a wrapper created per call lost every listener at the next garbage collection);
 * and the views subscribe with {@link #subscribe(Consumer)}, which holds the subscriber strongly.
 */
public final class NoticeBoard {
    /** Notices kept in {@link #notices()} (tests, the latest toasts). */
    static final int RECENT = 50;
    /** Messages kept in the log; older ones are dropped first. */
    static final int LOG_CAPACITY = 5000;

    private final NoticeBoard root;
    private final String source;
    // the root's state; unused (null) in a source view
    private final ObservableList<Notice> notices;
    private final ObservableList<Notice> noticesView;
    private final ObservableList<Message> messages;
    private final ObservableList<Message> messagesView;
    private final List<Consumer<Message>> subscribers;
    private final Clock clock;
    private long sequence;

    public NoticeBoard() {
        this(Clock.systemDefaultZone());
    }

    /** A board whose message times come from {@code clock} (tests). */
    public NoticeBoard(Clock clock) {
        this.root = this;
        this.source = "";
        this.clock = Objects.requireNonNull(clock);
        this.notices = FXCollections.observableArrayList();
        this.noticesView = FXCollections.unmodifiableObservableList(notices);
        this.messages = FXCollections.observableArrayList();
        this.messagesView = FXCollections.unmodifiableObservableList(messages);
        this.subscribers = new CopyOnWriteArrayList<>();
    }

    private NoticeBoard(NoticeBoard root, String source) {
        this.root = root;
        this.source = source;
        this.clock = root.clock;
        this.notices = null;
        this.noticesView = null;
        this.messages = null;
        this.messagesView = null;
        this.subscribers = null;
    }

    /** A board that posts into this one's log, tagged with {@code source} (the view it comes from). */
    public NoticeBoard forSource(String source) {
        return new NoticeBoard(root, Objects.requireNonNull(source));
    }

    /** The source this board tags its notices with ("" for the root board). */
    public String source() {
        return source;
    }

    public void post(Notice notice) {
        root.add(source, Objects.requireNonNull(notice));
    }

    /** Posts {@code notice} as if it came from {@code from} (e.g. the start-up code posting for a view). */
    public void post(String from, Notice notice) {
        root.add(from, Objects.requireNonNull(notice));
    }

    /** Posts an error whose text is the failure's own message (which says what went wrong and what to do). */
    public void error(String title, Throwable t) {
        post(Notice.error(title, reason(t)));
    }

    /** The reason a failure gives, or its kind when it gives none; an OutOfMemoryError says what to do. */
    public static String reason(Throwable t) {
        if (t instanceof OutOfMemoryError) {
            return "The Java heap ran out of memory (max " + org.hopfieldstudio.core.MemoryBudget.human(
                    Runtime.getRuntime().maxMemory()) + "). Use a smaller grid or fewer patterns, or start Java with "
                    + "a larger heap (-Xmx).";
        }
        String msg = t.getMessage();
        if (msg == null || msg.isBlank()) {
            return t.getClass().getSimpleName() + (t.getCause() != null && t.getCause() != t
                    ? " (" + reason(t.getCause()) + ")" : "");
        }
        return msg;
    }

    /** The latest notices (at most {@value #RECENT}), oldest first. The same list object every call. */
    public ObservableList<Notice> notices() {
        return root.noticesView;
    }

    /** Every message of the session (up to {@value #LOG_CAPACITY}), oldest first. The same list object every call. */
    public ObservableList<Message> messages() {
        return root.messagesView;
    }

    /** Calls {@code subscriber} with each message posted from now on; held strongly until unsubscribed. */
    public Runnable subscribe(Consumer<Message> subscriber) {
        Objects.requireNonNull(subscriber);
        root.subscribers.add(subscriber);
        return () -> root.subscribers.remove(subscriber);
    }

    private void add(String from, Notice notice) {
        Message m = new Message(++sequence, LocalTime.now(clock), from == null ? "" : from, notice);
        notices.add(notice);
        if (notices.size() > RECENT) {
            notices.remove(0);
        }
        messages.add(m);
        if (messages.size() > LOG_CAPACITY) {
            messages.remove(0);
        }
        for (Consumer<Message> s : subscribers) {
            s.accept(m);
        }
    }
}
