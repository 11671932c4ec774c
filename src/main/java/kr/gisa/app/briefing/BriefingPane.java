package kr.gisa.app.briefing;

import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import kr.gisa.app.i18n.Messages;
import kr.gisa.core.brief.BriefingOptions;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The briefing card: the page preview on a grey desk at the left, the choices and actions at the
 * right. Only view: every choice goes to the {@link BriefingController}, which renders.
 */
final class BriefingPane extends HBox {

    /** Space around the page on the desk, in pixels (CSS padding of .briefing-desk-content). */
    private static final double DESK_PADDING = 24;

    private final Messages messages;
    private final BriefingController controller;
    private final ImageView page = new ImageView();
    private final StackPane pageFrame = new StackPane(page);
    private final StackPane deskContent = new StackPane(pageFrame);
    private final ScrollPane desk = new ScrollPane(deskContent);
    private final Label deskMessage = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label articleTitle = new Label();
    private final Label pageInfo = new Label();
    private final Label status = new Label();
    private final Spinner<Integer> sentences;
    private final TextField focus = new TextField();
    private final ToggleButton wholePage;
    private final Button export;
    private final Button print;
    private final PauseTransition focusTyping = new PauseTransition(Duration.millis(350));
    private final PauseTransition resizing = new PauseTransition(Duration.millis(200));

    BriefingPane(Messages m, BriefingController controller, Scene scene) {
        this.messages = m;
        this.controller = controller;
        BriefingOptions o = controller.options();
        getStyleClass().addAll("card", "briefing-card");

        // ---- the desk with the page --------------------------------------------------------
        page.setPreserveRatio(true);
        page.setSmooth(true);
        page.getStyleClass().add("briefing-page-image");
        pageFrame.getStyleClass().add("briefing-page");
        pageFrame.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        deskContent.getStyleClass().add("briefing-desk-content");
        deskContent.minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> desk.getViewportBounds().getWidth(), desk.viewportBoundsProperty()));
        deskContent.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> desk.getViewportBounds().getHeight(), desk.viewportBoundsProperty()));
        desk.getStyleClass().add("briefing-desk");
        desk.setFitToWidth(true);
        desk.setPannable(true);
        deskMessage.getStyleClass().add("briefing-desk-message");
        deskMessage.setWrapText(true);
        deskMessage.setVisible(false);
        progress.getStyleClass().add("briefing-progress");
        progress.setMaxSize(28, 28);
        progress.setVisible(false);
        StackPane.setAlignment(progress, Pos.TOP_RIGHT);
        StackPane deskStack = new StackPane(desk, deskMessage, progress);
        deskStack.getStyleClass().add("briefing-desk-stack");
        HBox.setHgrow(deskStack, Priority.ALWAYS);
        desk.viewportBoundsProperty().addListener((obs, a, b) -> fitPage());
        resizing.setOnFinished(e -> controller.viewChanged());

        // ---- the choices ------------------------------------------------------------------
        Label title = new Label(m.get("brief.title"));
        title.getStyleClass().add("card-title");
        articleTitle.getStyleClass().add("briefing-article");
        articleTitle.setWrapText(true);

        sentences = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(1,
                BriefingOptions.MAX_SENTENCES, o.sentences()));
        sentences.getStyleClass().addAll("briefing-sentences", Spinner.STYLE_CLASS_SPLIT_ARROWS_HORIZONTAL);
        sentences.setEditable(true);
        // Typed values: digits only; an empty or out-of-range entry falls back or is clamped, never an exception.
        SpinnerValueFactory<Integer> factory = sentences.getValueFactory();
        factory.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : n.toString();
            }

            @Override
            public Integer fromString(String s) {
                if (s == null || s.isBlank()) return factory.getValue();
                return Math.max(1, Math.min(BriefingOptions.MAX_SENTENCES, Integer.parseInt(s.strip())));
            }
        });
        sentences.getEditor().setTextFormatter(new javafx.scene.control.TextFormatter<Integer>(
                c -> c.getControlNewText().matches("\\d{0,2}") ? c : null));
        sentences.setPrefWidth(104);
        sentences.setMinWidth(Region.USE_PREF_SIZE);
        sentences.valueProperty().addListener((obs, a, n) -> change(x -> x.withSentences(n)));
        Label sentencesLabel = new Label(m.get("brief.sentences"));
        sentencesLabel.setLabelFor(sentences);
        sentencesLabel.getStyleClass().add("briefing-label");
        sentencesLabel.setMinWidth(Region.USE_PREF_SIZE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox sentenceRow = new HBox(sentencesLabel, grow, sentences);
        sentenceRow.setAlignment(Pos.CENTER_LEFT);

        VBox parts = new VBox(
                check("brief.figures", "briefing-figures", o.figures(), on -> change(x -> x.withFigures(on))),
                check("brief.quotes", "briefing-quotes", o.quotes(), on -> change(x -> x.withQuotes(on))),
                check("brief.keywords", "briefing-keywords", o.keywords(), on -> change(x -> x.withKeywords(on))),
                check("brief.outline", "briefing-outline", o.outline(), on -> change(x -> x.withOutline(on))));
        parts.getStyleClass().add("briefing-parts");

        Label focusLabel = new Label(m.get("brief.focus"));
        focusLabel.getStyleClass().add("briefing-label");
        focusLabel.setLabelFor(focus);
        focus.getStyleClass().add("briefing-focus");
        focus.setPromptText(m.get("brief.focusPrompt"));
        focus.setText(o.query() == null ? "" : o.query());
        focus.textProperty().addListener((obs, a, t) -> focusTyping.playFromStart());
        focus.setOnAction(e -> {
            focusTyping.stop();
            applyFocus();
        });
        focusTyping.setOnFinished(e -> applyFocus());
        Label focusHint = new Label(m.get("brief.focusHint"));
        focusHint.getStyleClass().add("briefing-hint");
        focusHint.setWrapText(true);

        ToggleGroup views = new ToggleGroup();
        wholePage = viewButton(m.get("brief.view.page"), views, Styles.LEFT_PILL);
        ToggleButton pageWidth = viewButton(m.get("brief.view.width"), views, Styles.RIGHT_PILL);
        wholePage.setSelected(true);
        views.selectedToggleProperty().addListener((obs, a, t) -> {
            if (t == null) a.setSelected(true); // one view is always chosen
            else fitPage();
        });
        HBox viewRow = new HBox(wholePage, pageWidth);
        viewRow.getStyleClass().add("briefing-views");

        pageInfo.getStyleClass().add("briefing-info");
        status.getStyleClass().add("briefing-status");
        status.setWrapText(true);
        status.setVisible(false);
        status.managedProperty().bind(status.visibleProperty());

        export = new Button(m.get("brief.export"));
        export.getStyleClass().addAll(Styles.ACCENT, "briefing-export");
        export.setDefaultButton(false);
        export.setTooltip(new Tooltip("Ctrl+E"));
        export.setOnAction(e -> controller.export());
        export.setMaxWidth(Double.MAX_VALUE);
        print = new Button(m.get("brief.print"));
        print.getStyleClass().add("briefing-print");
        print.setTooltip(new Tooltip("Ctrl+P"));
        print.setOnAction(e -> controller.print());
        print.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button(m.get("brief.close"));
        close.getStyleClass().addAll(Styles.FLAT, "briefing-close");
        close.setTooltip(new Tooltip("Esc"));
        close.setOnAction(e -> controller.close());
        close.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(export, Priority.ALWAYS);
        HBox.setHgrow(print, Priority.ALWAYS);
        HBox actions = new HBox(export, print);
        actions.getStyleClass().add("briefing-actions");

        Region push = new Region();
        VBox.setVgrow(push, Priority.ALWAYS);
        VBox side = new VBox(title, articleTitle, separator(), sentenceRow, parts, separator(),
                focusLabel, focus, focusHint, separator(), viewRow, push, pageInfo, status, actions, close);
        side.getStyleClass().add("briefing-controls");
        side.setMinWidth(Region.USE_PREF_SIZE);

        getChildren().setAll(deskStack, side);
        prefWidthProperty().bind(scene.widthProperty().multiply(0.94));
        prefHeightProperty().bind(scene.heightProperty().multiply(0.92));
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    }

    // ---- what the controller shows --------------------------------------------------------

    void showArticleTitle(String title) {
        articleTitle.setText(title == null ? "" : title);
    }

    void showPage(Image image, int pages) {
        page.setImage(image);
        pageFrame.setVisible(image != null);
        deskMessage.setVisible(false);
        pageInfo.setText(messages.format("brief.pageInfo", pages));
        fitPage();
    }

    /** A message in place of the page (no article, or the briefing failed). */
    void showDeskMessage(String text) {
        page.setImage(null);
        pageFrame.setVisible(false);
        deskMessage.setText(text);
        deskMessage.setVisible(true);
        pageInfo.setText("");
    }

    void setBusy(boolean busy) {
        progress.setVisible(busy);
        pageFrame.setOpacity(busy ? 0.55 : 1.0);
    }

    void setActionsEnabled(boolean enabled) {
        export.setDisable(!enabled);
        print.setDisable(!enabled);
    }

    /** A one-line outcome under the choices; {@code error} styles it as a failure. */
    void showStatus(String text, boolean error) {
        status.setText(text == null ? "" : text);
        status.setVisible(text != null && !text.isBlank());
        status.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), error);
    }

    /** True while a resize waits to re-render the page at the new size. */
    boolean isResizePending() {
        return resizing.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    String statusText() {
        return status.isVisible() ? status.getText() : null;
    }

    void setFocusText(String query) {
        String q = query == null ? "" : query;
        if (!q.equals(focus.getText())) {
            focus.setText(q);
            focusTyping.stop();
        }
    }

    /**
     * The width in device pixels the page is shown at, so it is rasterised at exactly that size:
     * sharp, and never scaled by the image view.
     */
    int targetPixelWidth(float pageWidthPt, float pageHeightPt) {
        double w = displayWidth(pageWidthPt, pageHeightPt);
        double scale = getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX() : 1;
        return (int) Math.round(Math.max(200, w) * Math.max(1, scale));
    }

    // ---- internals ------------------------------------------------------------------------

    private double displayWidth(float pageWidthPt, float pageHeightPt) {
        Bounds vp = desk.getViewportBounds();
        double availW = vp.getWidth() - 2 * DESK_PADDING;
        double availH = vp.getHeight() - 2 * DESK_PADDING;
        if (availW <= 0 || availH <= 0) return 600; // not laid out yet: a first guess, refined after layout
        if (!wholePage.isSelected()) return availW;
        return Math.min(availW, availH * pageWidthPt / pageHeightPt);
    }

    /** Sizes the page to the view chosen, and asks for a sharper render when the size moved. */
    private void fitPage() {
        Image img = page.getImage();
        if (img == null) return;
        double w = displayWidth((float) img.getWidth(), (float) img.getHeight());
        page.setFitWidth(w);
        desk.setFitToHeight(wholePage.isSelected());
        int wanted = targetPixelWidth((float) img.getWidth(), (float) img.getHeight());
        if (Math.abs(wanted - img.getWidth()) > 2) resizing.playFromStart();
    }

    private void applyFocus() {
        String q = focus.getText();
        change(x -> x.withQuery(q));
    }

    private void change(UnaryOperator<BriefingOptions> edit) {
        controller.setOptions(edit.apply(controller.options()));
    }

    private CheckBox check(String key, String styleClass, boolean on, Consumer<Boolean> changed) {
        CheckBox c = new CheckBox(messages.get(key));
        c.getStyleClass().addAll("briefing-check", styleClass);
        c.setSelected(on);
        c.selectedProperty().addListener((obs, a, v) -> changed.accept(v));
        return c;
    }

    private static ToggleButton viewButton(String text, ToggleGroup group, String pill) {
        ToggleButton b = new ToggleButton(text);
        b.getStyleClass().addAll(pill, "briefing-view-button");
        b.setToggleGroup(group);
        b.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(b, Priority.ALWAYS);
        return b;
    }

    private static Node separator() {
        Region r = new Region();
        r.getStyleClass().add("briefing-rule");
        return r;
    }
}
