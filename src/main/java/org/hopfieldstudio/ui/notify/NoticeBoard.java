package org.hopfieldstudio.ui.notify;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Where view models post notices; the toast view shows each as it arrives. Keeps the last 50 for tests. */
public final class NoticeBoard {
    private final ObservableList<Notice> notices = FXCollections.observableArrayList();

    public void post(Notice notice) {
        notices.add(notice);
        if (notices.size() > 50) {
            notices.remove(0);
        }
    }

    public void error(String title, Throwable t) {
        String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        post(Notice.error(title, msg));
    }

    public ObservableList<Notice> notices() {
        return FXCollections.unmodifiableObservableList(notices);
    }
}
