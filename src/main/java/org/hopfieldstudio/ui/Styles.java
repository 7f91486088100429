package org.hopfieldstudio.ui;

/** CSS class names used from Java (the rules live in studio.css; colours are looked-up variables there). */
public final class Styles {
    public static final String STUDIO = "studio";
    public static final String PANEL = "panel";
    public static final String PANEL_TITLE = "panel-title";
    public static final String HINT = "hint";
    public static final String FORMULA = "formula";
    public static final String STATUS = "status";
    public static final String WARNING_BANNER = "warning-banner";
    public static final String ACCENT = "accent";
    public static final String TOOLBAR = "grid-toolbar";
    public static final String THUMB = "thumb";
    public static final String END_STATE = "end-state";
    public static final String TOAST = "toast";
    public static final String TOAST_ERROR = "toast-error";
    public static final String TOAST_WARNING = "toast-warning";
    public static final String FPS_OVERLAY = "fps-overlay";
    public static final String PLOT = "plot";
    public static final String PLACEHOLDER = "placeholder";
    /** Presentation mode (issue 9): the keyboard help overlay. */
    public static final String SHORTCUT_HELP = "shortcut-help";
    // status bar, message log, toasts (issue 7)
    public static final String TOASTS = "toasts";
    public static final String STATUS_BAR = "status-bar";
    public static final String STATUS_BAR_LEVEL = "status-bar-level";
    public static final String STATUS_BAR_TEXT = "status-bar-text";
    public static final String STATUS_BAR_BUTTON = "status-bar-button";
    public static final String MESSAGE_LOG = "message-log";
    public static final String MESSAGE_DETAIL = "message-detail";
    public static final String LOG_ERROR = "log-error";
    public static final String LOG_WARNING = "log-warning";
    /** The protocol's status line: keeps room for three lines (defect 12). */
    public static final String PROTOCOL_STATUS = "protocol-status";
    /** A number field whose text is not a number or out of range. */
    public static final String INVALID = "invalid";

    private Styles() {
    }
}
