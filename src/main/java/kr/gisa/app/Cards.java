package kr.gisa.app;

import java.util.List;

import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kr.gisa.app.i18n.Messages;

/** The cards shown in the overlay: the shortcut list (F1) and an enlarged photo. */
final class Cards {

    private Cards() {
    }

    static Node shortcuts(Messages m) {
        Label title = new Label(m.get("shortcuts.title"));
        title.getStyleClass().add("card-title");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcut-grid");
        // Two column pairs, so the whole table fits a small window without scrolling.
        List<KeyBindings.HelpRow> rows = KeyBindings.helpRows();
        int half = (rows.size() + 1) / 2;
        for (int pair = 0; pair < 2; pair++) {
            ColumnConstraints keys = new ColumnConstraints();
            keys.setHalignment(HPos.RIGHT);
            ColumnConstraints text = new ColumnConstraints();
            grid.getColumnConstraints().addAll(keys, text);
        }
        for (int i = 0; i < rows.size(); i++) {
            KeyBindings.HelpRow r = rows.get(i);
            Label k = new Label(r.keys());
            k.getStyleClass().add("shortcut-keys");
            Label d = new Label(m.get(r.helpKey()));
            d.getStyleClass().add("shortcut-text");
            if (i >= half) GridPane.setMargin(k, new javafx.geometry.Insets(0, 0, 0, 28));
            grid.add(k, i < half ? 0 : 2, i % half);
            grid.add(d, i < half ? 1 : 3, i % half);
        }
        Label hint = new Label(m.get("shortcuts.hint"));
        hint.getStyleClass().add("card-hint");
        VBox card = new VBox(title, grid, hint);
        card.getStyleClass().addAll("card", "shortcuts-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return card;
    }

    static Node image(Image img, String caption, Scene scene) {
        ImageView view = new ImageView(img);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(img.getWidth(), scene.getWidth() * 0.9), scene.widthProperty()));
        view.fitHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(img.getHeight(), scene.getHeight() * 0.8), scene.heightProperty()));
        Label cap = new Label(caption);
        cap.getStyleClass().add("card-caption");
        cap.setWrapText(true);
        cap.maxWidthProperty().bind(view.fitWidthProperty());
        VBox card = new VBox(view, cap);
        card.getStyleClass().addAll("card", "image-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        card.setOnMouseClicked(e -> ((Overlay) card.getParent()).close());
        return card;
    }
}
