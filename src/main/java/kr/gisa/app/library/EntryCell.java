package kr.gisa.app.library;

import javafx.css.PseudoClass;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import kr.gisa.app.i18n.Messages;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** A library row: the title over "publisher · date · reading time"; unreadable articles say so. */
final class EntryCell extends ListCell<LibraryEntry> {

    private static final PseudoClass UNREADABLE = PseudoClass.getPseudoClass("unreadable");

    private final Supplier<Messages> messages;
    private final LibraryPane.Actions actions;
    private final Label title = new Label();
    private final Label meta = new Label();
    private final VBox box = TwoLineCell.layout(this, title, meta);

    EntryCell(Supplier<Messages> messages, LibraryPane.Actions actions) {
        this.messages = messages;
        this.actions = actions;
    }

    @Override
    protected void updateItem(LibraryEntry e, boolean empty) {
        super.updateItem(e, empty);
        setText(null);
        if (empty || e == null) {
            setGraphic(null);
            setContextMenu(null);
            setTooltip(null);
            pseudoClassStateChanged(UNREADABLE, false);
            return;
        }
        Messages m = messages.get();
        title.setText(LibraryPane.label(e, m));
        meta.setText(metaLine(e, m));
        pseudoClassStateChanged(UNREADABLE, !e.readable());
        setTooltip(e.readable() ? null : new Tooltip(e.error()));
        setGraphic(box);
        setContextMenu(menu(e, m));
    }

    static String metaLine(LibraryEntry e, Messages m) {
        if (!e.readable()) return m.get("library.unreadable");
        List<String> parts = new ArrayList<>();
        if (!e.publisher().isEmpty()) parts.add(e.publisher());
        if (e.date() != null) {
            parts.add(e.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(m.locale())));
        }
        if (e.minutes() > 0) parts.add(m.format("library.minutes", e.minutes()));
        return String.join("  ·  ", parts);
    }

    private ContextMenu menu(LibraryEntry e, Messages m) {
        MenuItem open = item(m.get("library.open"), () -> actions.open(e));
        MenuItem rename = item(m.get("library.rename"), () -> actions.rename(e));
        MenuItem reimport = item(m.get("library.reimport"), () -> actions.reimport(e));
        MenuItem delete = item(m.get("library.delete"), () -> actions.delete(e));
        // No accelerators here: KeyBindings owns F2 and Delete (one per cell would pile up on the scene).
        // The store needs a readable article.json to rename, re-import or move to the trash.
        rename.setDisable(!e.readable());
        reimport.setDisable(!e.readable() || !actions.hasSource(e));
        delete.setDisable(!e.readable());
        return new ContextMenu(open, new SeparatorMenuItem(), rename, reimport, new SeparatorMenuItem(), delete);
    }

    private static MenuItem item(String text, Runnable r) {
        MenuItem i = new MenuItem(text);
        i.setOnAction(ev -> r.run());
        return i;
    }
}
