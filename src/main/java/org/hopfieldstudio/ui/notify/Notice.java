package org.hopfieldstudio.ui.notify;

/** A message for the user: shown as a non-blocking toast. */
public record Notice(Level level, String title, String text) {
    public enum Level {
        INFO, WARNING, ERROR
    }

    public static Notice error(String title, String text) {
        return new Notice(Level.ERROR, title, text);
    }

    public static Notice warning(String title, String text) {
        return new Notice(Level.WARNING, title, text);
    }

    public static Notice info(String title, String text) {
        return new Notice(Level.INFO, title, text);
    }
}
