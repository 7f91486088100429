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

    private Styles() {
    }
}
