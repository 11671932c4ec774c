package kr.gisa.app.search;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import kr.gisa.app.i18n.Messages;

/**
 * The search field in the top bar: a scope switch (this article / all articles), the field, the
 * "n / N" counter with previous/next buttons, and a one-line message (a bad query, a repair note).
 * Only the view: {@link SearchController} wires it.
 */
final class SearchBar extends HBox {

    final ToggleButton inArticle = new ToggleButton();
    final ToggleButton inLibrary = new ToggleButton();
    final TextField field = new TextField();
    final Label counter = new Label();
    final Button previous = new Button("‹");
    final Button next = new Button("›");
    final Label message = new Label();

    SearchBar() {
        getStyleClass().add("search-bar");
        setAlignment(Pos.CENTER_LEFT);
        ToggleGroup scope = new ToggleGroup();
        inArticle.setToggleGroup(scope);
        inLibrary.setToggleGroup(scope);
        inArticle.setSelected(true);
        inArticle.getStyleClass().addAll(Styles.LEFT_PILL, "search-scope", "search-scope-article");
        inLibrary.getStyleClass().addAll(Styles.RIGHT_PILL, "search-scope", "search-scope-library");
        for (ToggleButton b : new ToggleButton[]{inArticle, inLibrary}) {
            b.setFocusTraversable(false);
            b.setMinWidth(USE_PREF_SIZE);
        }
        // A group whose selection cannot be cleared: clicking the chosen one keeps it.
        scope.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) was.setSelected(true);
        });
        HBox scopes = new HBox(inArticle, inLibrary);
        scopes.setAlignment(Pos.CENTER);
        scopes.getStyleClass().add("search-scopes");

        field.getStyleClass().add("search-field");
        field.setPrefColumnCount(16);
        field.setMinWidth(110);
        counter.getStyleClass().add("search-counter");
        counter.setMinWidth(Label.USE_PREF_SIZE);
        for (Button b : new Button[]{previous, next}) {
            b.getStyleClass().addAll(Styles.FLAT, "tool-button", "search-step");
            b.setFocusTraversable(false);
            b.setMinWidth(USE_PREF_SIZE);
        }
        previous.getStyleClass().add("search-previous");
        next.getStyleClass().add("search-next");
        message.getStyleClass().add("search-message");
        // Two short lines beside the field hold the core's longest messages whole.
        message.setWrapText(true);
        message.setPrefWidth(330);
        message.setMaxWidth(330);
        message.setMinWidth(0);
        getChildren().addAll(scopes, field, counter, previous, next, message);
        // Take the top bar's free room, never the menus' or tools' own: when the window narrows, the
        // message and then the field give way first.
        setMinWidth(0);
        setPrefWidth(0);
        setMaxWidth(860);
        HBox.setHgrow(this, javafx.scene.layout.Priority.ALWAYS);
        showCounter(null, false);
        showMessage(null, false);
    }

    void setMessages(Messages m, boolean library) {
        inArticle.setText(m.get("search.scope.article"));
        inLibrary.setText(m.get("search.scope.library"));
        inArticle.setTooltip(new Tooltip(m.get("keys.findInArticle") + "  (Ctrl+F)"));
        inLibrary.setTooltip(new Tooltip(m.get("keys.findInLibrary") + "  (Ctrl+Shift+F)"));
        field.setPromptText(m.get(library ? "search.prompt.library" : "search.prompt.article"));
        previous.setTooltip(new Tooltip(m.get("keys.findPrevious") + "  (Shift+F3)"));
        next.setTooltip(new Tooltip(m.get("keys.findNext") + "  (F3)"));
        counter.setTooltip(new Tooltip(m.get("search.counter")));
    }

    /** Shows "n / N" (null hides it); {@code none} marks a search that found nothing. */
    void showCounter(String text, boolean none) {
        counter.setText(text == null ? "" : text);
        counter.setVisible(text != null);
        counter.setManaged(text != null);
        previous.setVisible(text != null);
        previous.setManaged(text != null);
        next.setVisible(text != null);
        next.setManaged(text != null);
        previous.setDisable(none);
        next.setDisable(none);
        counter.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("none"), none);
    }

    /** A one-line message beside the field; {@code error} for a query that cannot run. Null clears. */
    void showMessage(String text, boolean error) {
        message.getStyleClass().remove("search-error");
        if (error) message.getStyleClass().add("search-error");
        message.setText(text == null ? "" : text);
        message.setTooltip(text == null ? null : new Tooltip(text));
        message.setVisible(text != null);
        message.setManaged(text != null);
        // In a narrow window the message may have no room: the field's red edge and tooltip still tell.
        field.pseudoClassStateChanged(Styles.STATE_DANGER, error);
        field.setTooltip(text == null ? null : new Tooltip(text));
    }
}
