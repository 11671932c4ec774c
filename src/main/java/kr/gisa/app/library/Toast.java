package kr.gisa.app.library;

import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * A short note at the bottom of the window ("Deleted … Undo"), gone after a while or on ×.
 * Only the note itself takes clicks; the window around it stays usable.
 */
public final class Toast extends HBox {

    static final Duration SHOWN_FOR = Duration.seconds(12);

    private final Label text = new Label();
    private final Button action = new Button();
    private final Button second = new Button();
    private final Button close = new Button("×");
    private final PauseTransition timer = new PauseTransition(SHOWN_FOR);

    Toast() {
        getStyleClass().add("toast");
        setAlignment(Pos.CENTER_LEFT);
        text.getStyleClass().add("toast-text");
        text.setWrapText(true);
        text.setMaxWidth(520);
        action.getStyleClass().addAll("toast-action", Styles.FLAT);
        second.getStyleClass().addAll("toast-action", "toast-second", Styles.FLAT);
        close.getStyleClass().addAll("toast-close", Styles.FLAT);
        close.setOnAction(e -> hide());
        close.setFocusTraversable(false);
        getChildren().addAll(text, action, second, close);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(this, Pos.BOTTOM_CENTER);
        StackPane.setMargin(this, new javafx.geometry.Insets(0, 0, 28, 0));
        setVisible(false);
        timer.setOnFinished(e -> hide());
    }

    /** Shows a note; {@code actionText} null = no button. */
    public void show(String message, String actionText, Runnable onAction) {
        show(message, actionText, onAction, null, null);
    }

    /** Shows a note with up to two buttons (e.g. "Retry" and "Back to library"); null text = no button. */
    public void show(String message, String actionText, Runnable onAction, String secondText, Runnable onSecond) {
        text.setText(message);
        button(action, actionText, onAction);
        button(second, secondText, onSecond);
        setVisible(true);
        timer.playFromStart();
    }

    private void button(Button b, String label, Runnable onAction) {
        b.setVisible(label != null);
        b.setManaged(label != null);
        b.setText(label);
        b.setOnAction(e -> {
            hide();
            if (onAction != null) onAction.run();
        });
    }

    public void hide() {
        timer.stop();
        setVisible(false);
    }

    public String text() {
        return text.getText();
    }

    public Button actionButton() {
        return action;
    }

    /** The second button (hidden unless a note has two actions). */
    public Button secondButton() {
        return second;
    }
}
