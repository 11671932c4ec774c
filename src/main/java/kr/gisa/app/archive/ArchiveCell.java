package kr.gisa.app.archive;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.VBox;
import kr.gisa.app.i18n.Messages;
import kr.gisa.app.library.LibraryEntry;
import kr.gisa.app.library.TwoLineCell;
import kr.gisa.core.archive.ArchiveEntry;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * An archive row, drawn like a library row (title over "publisher · date"). Its menu offers Open;
 * rename and delete are there but off, with the reason, so the user sees why rather than wonder.
 */
final class ArchiveCell extends ListCell<ArchiveEntry> {

    private final Supplier<Messages> messages;
    private final Consumer<ArchiveEntry> open;
    private final IntConsumer drawn;
    private final Label title = new Label();
    private final Label meta = new Label();
    private final VBox box = TwoLineCell.layout(this, title, meta);

    /** @param drawn told the index of every row drawn (the pane fetches more near the end) */
    ArchiveCell(Supplier<Messages> messages, Consumer<ArchiveEntry> open, IntConsumer drawn) {
        this.messages = messages;
        this.open = open;
        this.drawn = drawn;
        getStyleClass().add("archive-cell");
    }

    @Override
    protected void updateItem(ArchiveEntry e, boolean empty) {
        super.updateItem(e, empty);
        setText(null);
        if (empty || e == null) {
            setGraphic(null);
            setContextMenu(null);
            return;
        }
        Messages m = messages.get();
        title.setText(e.title() == null || e.title().isBlank() ? m.get("article.untitled") + " " + e.id() : e.title());
        meta.setText(metaLine(e, m));
        setGraphic(box);
        setContextMenu(menu(e, m));
        drawn.accept(getIndex());
    }

    static String metaLine(ArchiveEntry e, Messages m) {
        List<String> parts = new ArrayList<>();
        if (e.publisher() != null && !e.publisher().isBlank()) parts.add(e.publisher().strip());
        LocalDate d = LibraryEntry.parseDate(e.published());
        if (d != null) parts.add(d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(m.locale())));
        else if (e.published() != null && !e.published().isBlank()) parts.add(e.published().strip());
        return String.join("  ·  ", parts);
    }

    private ContextMenu menu(ArchiveEntry e, Messages m) {
        MenuItem openItem = new MenuItem(m.get("library.open"));
        openItem.setOnAction(ev -> open.accept(e));
        MenuItem rename = new MenuItem(m.get("library.rename"));
        MenuItem delete = new MenuItem(m.get("library.delete"));
        MenuItem why = new MenuItem(m.get("archive.menuNote"));
        rename.setDisable(true);
        delete.setDisable(true);
        why.setDisable(true);
        why.getStyleClass().add("archive-menu-note");
        return new ContextMenu(openItem, new SeparatorMenuItem(), rename, delete, new SeparatorMenuItem(), why);
    }
}
