package kr.gisa.app.reader;

import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import kr.gisa.app.i18n.Messages;
import kr.gisa.core.model.Photo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/**
 * A photo as a newspaper figure: the picture scaled to the column (never wider than the file),
 * then its caption and credit. When the image file is absent or unreadable, a quiet placeholder
 * frame of the same shape takes its place, never a broken image.
 */
public final class FigureView extends VBox {

    /** A simple picture glyph (frame, sun, hills) for the placeholder, 24×24 units. */
    private static final String PICTURE_ICON =
            "M3 5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z"
                    + "M5 5v11.6l4.3-4.3a1 1 0 0 1 1.4 0l3.3 3.3 2.3-2.3a1 1 0 0 1 1.4 0L19 14.6V5z"
                    + "M15.5 7a1.5 1.5 0 1 1 0 3a1.5 1.5 0 1 1 0-3z";

    private final Photo photo;
    private final Image image;
    private MarkedFlow caption;

    public FigureView(Photo photo, Path articleFolder, Messages messages, BiConsumer<Image, String> onOpen) {
        this.photo = photo;
        this.image = loadImage(photo, articleFolder);
        getStyleClass().add("figure");
        getChildren().add(image == null ? placeholder(messages) : picture(onOpen, messages));

        if (!photo.caption().isBlank()) {
            caption = new MarkedFlow(photo.caption(), "figure-caption", "figure-caption-flow");
            getChildren().add(caption);
        }
        if (photo.credit() != null && !photo.credit().isBlank()) {
            Text credit = new Text(messages.format("figure.credit", photo.credit()));
            credit.getStyleClass().add("figure-credit");
            TextFlow flow = new TextFlow(credit);
            flow.getStyleClass().add("figure-credit-flow");
            getChildren().add(flow);
        }
    }

    public Photo photo() {
        return photo;
    }

    /** The caption, highlightable like a paragraph; null when the photo has none. */
    public MarkedFlow caption() {
        return caption;
    }

    /** True when the image file was found and decoded. */
    public boolean hasImage() {
        return image != null;
    }

    /** The image file, when it exists inside the article folder and decodes; otherwise null. */
    static Image loadImage(Photo photo, Path folder) {
        if (photo.image() == null || photo.image().isBlank() || folder == null) return null;
        Path base = folder.toAbsolutePath().normalize();
        Path file;
        try {
            file = base.resolve(photo.image()).normalize();
        } catch (RuntimeException e) {
            return null; // an invalid path in article.json is just a missing image
        }
        if (!file.startsWith(base) || !Files.isRegularFile(file) || !Files.isReadable(file)) return null;
        Image img = new Image(file.toUri().toString(), false);
        return img.isError() || img.getWidth() <= 0 ? null : img;
    }

    private Node picture(BiConsumer<Image, String> onOpen, Messages messages) {
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        // Scale down to the column, never up past the file's own size.
        view.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(image.getWidth(), Math.max(1, getWidth() - snappedLeftInset() - snappedRightInset())),
                widthProperty()));
        StackPane frame = new StackPane(view);
        frame.getStyleClass().add("figure-image");
        frame.setCursor(Cursor.HAND);
        frame.setAccessibleText(photo.caption());
        javafx.scene.control.Tooltip.install(frame, new javafx.scene.control.Tooltip(messages.get("figure.enlarge")));
        frame.setOnMouseClicked(e -> {
            if (onOpen != null) onOpen.accept(image, photo.caption());
        });
        return frame;
    }

    private Node placeholder(Messages messages) {
        SVGPath icon = new SVGPath();
        icon.setContent(PICTURE_ICON);
        icon.getStyleClass().add("figure-placeholder-icon");
        icon.setScaleX(2);
        icon.setScaleY(2);
        Label note = new Label(messages.get("figure.noImage"));
        note.getStyleClass().add("figure-placeholder-note");
        VBox inner = new VBox(icon, note);
        inner.setAlignment(Pos.CENTER);
        inner.getStyleClass().add("figure-placeholder-inner");
        StackPane frame = new StackPane(inner);
        frame.getStyleClass().add("figure-placeholder");
        // A low frame: it marks where the photo stands without taking a screenful.
        frame.minHeightProperty().bind(frame.widthProperty().multiply(0.3));
        frame.prefHeightProperty().bind(frame.widthProperty().multiply(0.3));
        frame.setMaxWidth(Region.USE_COMPUTED_SIZE);
        return frame;
    }
}
