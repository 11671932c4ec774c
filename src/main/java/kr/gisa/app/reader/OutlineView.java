package kr.gisa.app.reader;

import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kr.gisa.app.i18n.Messages;

/**
 * The sections of the article beside the text: a click jumps there, and the section being read
 * is marked (pseudo-class {@code :current}) as the reader scrolls.
 */
public final class OutlineView extends VBox {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final ReaderView reader;
    private final Label header = new Label();
    private final VBox entries = new VBox();

    public OutlineView(ReaderView reader, Messages messages) {
        this.reader = reader;
        getStyleClass().add("outline");
        header.getStyleClass().add("outline-header");
        entries.getStyleClass().add("outline-entries");
        ScrollPane sp = new ScrollPane(entries);
        sp.setFitToWidth(true);
        sp.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sp.getStyleClass().add("outline-scroll");
        VBox.setVgrow(sp, Priority.ALWAYS);
        getChildren().addAll(header, sp);
        setMessages(messages);

        reader.sectionTitles().addListener((ListChangeListener<String>) c -> rebuild());
        reader.currentSectionProperty().addListener((o, a, b) -> mark(b.intValue()));
        rebuild();
    }

    public void setMessages(Messages m) {
        header.setText(m.get("outline.title"));
    }

    private void rebuild() {
        entries.getChildren().clear();
        var titles = reader.sectionTitles();
        for (int i = 0; i < titles.size(); i++) {
            int index = i;
            Label number = new Label(Integer.toString(i + 1));
            number.getStyleClass().add("outline-number");
            number.setMinWidth(HBox.USE_PREF_SIZE);
            Label text = new Label(titles.get(i));
            text.getStyleClass().add("outline-text");
            text.setWrapText(true);
            HBox entry = new HBox(number, text);
            entry.getStyleClass().add("outline-entry");
            entry.setCursor(Cursor.HAND);
            entry.setOnMouseClicked(e -> reader.scrollToSection(index));
            entries.getChildren().add(entry);
        }
        mark(reader.currentSectionProperty().get());
    }

    private void mark(int current) {
        for (int i = 0; i < entries.getChildren().size(); i++) {
            entries.getChildren().get(i).pseudoClassStateChanged(CURRENT, i == current);
        }
    }
}
