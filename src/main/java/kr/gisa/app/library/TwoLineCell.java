package kr.gisa.app.library;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The layout of a library or archive row: a wrapping title over one meta line. */
public final class TwoLineCell {

    private TwoLineCell() {
    }

    /** Styles {@code title} and {@code meta} and returns the box to set as {@code cell}'s graphic. */
    public static VBox layout(ListCell<?> cell, Label title, Label meta) {
        VBox box = new VBox(title, meta);
        cell.getStyleClass().add("library-cell");
        title.getStyleClass().add("library-title");
        title.setWrapText(true);
        meta.getStyleClass().add("library-meta");
        box.getStyleClass().add("library-cell-box");
        // Wrap within the list's width instead of widening the sidebar (cell padding and scroll bar aside).
        cell.setPrefWidth(0);
        title.setMinWidth(0);
        meta.setMinWidth(0);
        cell.listViewProperty().addListener((o, a, list) -> {
            title.prefWidthProperty().unbind();
            meta.prefWidthProperty().unbind();
            if (list == null) return;
            title.prefWidthProperty().bind(list.widthProperty().subtract(36));
            meta.prefWidthProperty().bind(title.prefWidthProperty());
        });
        title.setMaxWidth(Region.USE_PREF_SIZE);
        box.setMinWidth(0);
        cell.setMinHeight(Region.USE_PREF_SIZE);
        return box;
    }
}
