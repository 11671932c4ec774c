package kr.gisa.app.archive;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kr.gisa.app.i18n.Messages;

import java.util.List;
import java.util.function.Consumer;

/**
 * File › Open archive…: a card over the window (not a separate dialog window, so it takes the
 * theme and works the same headless) with the URL field, the recent archives, and while opening a
 * progress bar; a failure stays on the card as one line, the field ready to correct.
 */
public final class OpenArchiveCard extends VBox {

    private final TextField url = new TextField();
    private final VBox recent = new VBox(2);
    private final ProgressBar progress = new ProgressBar(-1);
    private final Label progressText = new Label();
    private final VBox progressBox = new VBox(4, progress, progressText);
    private final Label error = new Label();
    private final Button open = new Button();
    private final Button cancel = new Button();
    private final Messages messages;

    /**
     * @param onOpen   asked to open the URL typed or picked
     * @param onCancel closes the card (and drops an opening under way)
     */
    OpenArchiveCard(Messages m, List<String> recentUrls, String current, Consumer<String> onOpen, Runnable onCancel) {
        this.messages = m;
        getStyleClass().addAll("card", "archive-card");
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setPrefWidth(560);

        Label title = new Label(m.get("archive.dialogTitle"));
        title.getStyleClass().add("card-title");
        Label hint = new Label(m.get("archive.dialogHint"));
        hint.getStyleClass().add("archive-dialog-hint");
        hint.setWrapText(true);
        url.getStyleClass().add("archive-url-field");
        url.setPromptText(m.get("archive.urlPrompt"));
        url.setText(current != null ? current : recentUrls.isEmpty() ? "" : recentUrls.get(0));
        url.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                if (!open.isDisabled()) onOpen.accept(url.getText());
            }
        });
        url.textProperty().addListener((o, a, b) -> showError(null));

        VBox body = new VBox(8, hint, url);
        if (!recentUrls.isEmpty()) {
            Label head = new Label(m.get("archive.recent"));
            head.getStyleClass().add("archive-recent-title");
            recent.getStyleClass().add("archive-recent");
            for (String u : recentUrls) {
                Button b = new Button(u);
                b.getStyleClass().addAll("archive-recent-item", Styles.FLAT);
                b.setMaxWidth(Double.MAX_VALUE);
                b.setAlignment(Pos.CENTER_LEFT);
                b.setOnAction(e -> {
                    url.setText(u);
                    onOpen.accept(u);
                });
                recent.getChildren().add(b);
            }
            body.getChildren().addAll(head, recent);
        }

        progress.setMaxWidth(Double.MAX_VALUE);
        progress.getStyleClass().add("archive-progress");
        progressText.getStyleClass().add("archive-progress-text");
        progressText.setWrapText(true);
        progressBox.managedProperty().bind(progressBox.visibleProperty());
        progressBox.setVisible(false);
        error.getStyleClass().add("archive-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);

        open.setText(m.get("archive.open"));
        open.getStyleClass().addAll("archive-open", Styles.ACCENT);
        open.setDefaultButton(false); // Enter is the field's own (the window's filter sees it first otherwise)
        open.setOnAction(e -> onOpen.accept(url.getText()));
        cancel.setText(m.get("dialog.cancel"));
        cancel.getStyleClass().add("archive-cancel");
        cancel.setOnAction(e -> onCancel.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, gap, cancel, open);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        getChildren().addAll(title, body, progressBox, error, buttons);
    }

    /** While opening: the field and Open wait, the bar runs; Cancel stays. */
    void busy(String shownUrl) {
        boolean on = shownUrl != null;
        url.setDisable(on);
        open.setDisable(on);
        recent.setDisable(on);
        progressText.setText(on ? messages.format("archive.opening", shownUrl) : "");
        progressBox.setVisible(on);
        if (on) showError(null);
    }

    /** One line under the field (null hides it); the field keeps the URL to correct. */
    void showError(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
        if (message != null) {
            busy(null);
            url.requestFocus();
            url.selectAll();
        }
    }

    public TextField urlField() {
        return url;
    }

    public Button openButton() {
        return open;
    }

    public Button cancelButton() {
        return cancel;
    }

    public Label errorLabel() {
        return error;
    }

    public boolean isBusy() {
        return progressBox.isVisible();
    }

    /** The recent archives' buttons, newest first. */
    public List<Button> recentButtons() {
        return recent.getChildren().stream().map(n -> (Button) n).toList();
    }
}
