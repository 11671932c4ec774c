package kr.gisa.app;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import kr.gisa.app.i18n.Messages;
import kr.gisa.app.reader.ReaderViewModel;
import kr.gisa.app.theme.Theme;

import java.util.Locale;

/** The menu bar and the compact tools beside it (zoom, theme), rebuilt when the language changes. */
final class TopBar {

    /** Archive articles listed in File › Open article (the first ones of the archive pane). */
    private static final int ARCHIVE_MENU_ROWS = 40;

    private final MainWindow window;
    private final HBox bar = new HBox();
    /** Free room between the menus and the tools (e.g. a search field); kept across rebuilds. */
    private final HBox slot = new HBox();
    private Menu articles;
    private Label zoomLabel;
    /** Which archive is open (hidden on the library). */
    private final Label archiveBadge = new Label();

    TopBar(MainWindow window) {
        this.window = window;
        bar.getStyleClass().add("top-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        slot.getStyleClass().add("toolbar-slot");
        slot.setAlignment(Pos.CENTER);
        archiveBadge.getStyleClass().add("archive-top-badge");
        archiveBadge.setMinWidth(Region.USE_PREF_SIZE);
        archiveBadge.managedProperty().bind(archiveBadge.visibleProperty());
        rebuild();
        window.reader().zoomProperty().addListener((o, a, z) -> showZoom());
        window.themeProperty().addListener((o, a, t) -> rebuild());
    }

    Node node() {
        return bar;
    }

    HBox slot() {
        return slot;
    }

    void rebuild() {
        Messages m = window.messages();
        MenuBar menus = new MenuBar(fileMenu(m), viewMenu(m), helpMenu(m));
        menus.getStyleClass().add("main-menu");
        menus.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(slot, Priority.ALWAYS);

        Button out = toolButton("−", m.get("menu.zoomOut"), window::zoomOut);
        Button in = toolButton("+", m.get("menu.zoomIn"), window::zoomIn);
        zoomLabel = new Label();
        zoomLabel.getStyleClass().add("zoom-label");
        zoomLabel.setOnMouseClicked(e -> window.zoomReset());
        zoomLabel.setTooltip(new Tooltip(m.get("menu.zoomReset")));
        showZoom();
        HBox zoom = new HBox(out, zoomLabel, in);
        zoom.getStyleClass().add("zoom-tools");
        zoom.setAlignment(Pos.CENTER);

        ToggleGroup group = new ToggleGroup();
        HBox themes = new HBox();
        themes.getStyleClass().add("theme-tools");
        themes.setAlignment(Pos.CENTER);
        Theme[] all = Theme.values();
        for (int i = 0; i < all.length; i++) {
            Theme t = all[i];
            ToggleButton b = new ToggleButton(m.get("theme." + t.id()));
            b.getStyleClass().addAll("theme-button", "theme-" + t.id(),
                    i == 0 ? Styles.LEFT_PILL : i == all.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            b.setToggleGroup(group);
            b.setSelected(window.themeProperty().get() == t);
            b.setFocusTraversable(false);
            b.setOnAction(e -> {
                window.setTheme(t);
                b.setSelected(true);
            });
            themes.getChildren().add(b);
        }
        boolean onArchive = window.archive() != null && window.archive().isOpen();
        archiveBadge.setVisible(onArchive);
        archiveBadge.setText(onArchive ? m.format("archive.badge", window.archive().label()) : "");
        archiveBadge.setTooltip(onArchive ? new Tooltip(window.archive().current().url()) : null);
        bar.getChildren().setAll(menus, archiveBadge, slot, zoom, themes);
        refreshArticles();
    }

    /**
     * The library or the article shown changed: the article menu lists the library again when it next
     * opens. Listing reads every article.json — seconds for a library of thousands — so it never
     * runs at start-up or on each article opened (found by the bench command's cold start).
     */
    void refreshArticles() {
        if (articles == null) return;
        if (articles.isShowing()) {
            listArticles();
            return;
        }
        MenuItem pending = new MenuItem("…"); // a submenu needs an item to open; replaced on showing
        pending.setDisable(true);
        articles.getItems().setAll(pending);
    }

    /** Lists the library in the article menu, marking the one shown. */
    private void listArticles() {
        Messages m = window.messages();
        articles.getItems().clear();
        ToggleGroup group = new ToggleGroup();
        String current = window.model().currentId();
        for (ReaderViewModel.Entry e : entries()) {
            String label = e.title() == null ? e.id() + "  " + m.get("menu.unreadable") : shorten(e.title());
            RadioMenuItem item = new RadioMenuItem(label);
            item.setToggleGroup(group);
            item.setSelected(e.id().equals(current));
            item.setOnAction(ev -> window.open(e.id()));
            articles.getItems().add(item);
        }
        moreInArchive(m);
        if (articles.getItems().isEmpty()) {
            MenuItem none = new MenuItem(m.get("menu.noArticles"));
            none.setDisable(true);
            articles.getItems().add(none);
        }
    }

    /** Below an archive's first rows: how many there are, and the way to the list that scrolls through them all. */
    private void moreInArchive(Messages m) {
        if (window.archive() == null || !window.archive().isOpen()) return;
        var pane = window.archive().pane();
        long all = Math.max(pane.total(), pane.rows().size());
        if (all <= ARCHIVE_MENU_ROWS) return;
        MenuItem more = new MenuItem(m.format("menu.moreInArchive", all));
        more.setOnAction(e -> {
            window.library().tabs().getSelectionModel().select(0);
            pane.list().requestFocus();
        });
        articles.getItems().addAll(new SeparatorMenuItem(), more);
    }

    /** The library's articles, or the archive's first ones (listing millions in a menu helps nobody). */
    private java.util.List<ReaderViewModel.Entry> entries() {
        if (window.archive() == null || !window.archive().isOpen()) return window.model().entries();
        return window.archive().pane().rows().stream().limit(ARCHIVE_MENU_ROWS)
                .map(e -> new ReaderViewModel.Entry(e.id(), e.title())).toList();
    }

    private Menu fileMenu(Messages m) {
        articles = new Menu(m.get("menu.articles"));
        articles.setOnShowing(e -> listArticles());
        MenuItem quit = item(m.get("menu.quit"), () -> window.perform(KeyBindings.Action.QUIT, 0));
        // briefing
        MenuItem brief = item(m.get("menu.briefing"), window::showBriefing);
        MenuItem export = item(m.get("menu.exportBriefing"), () -> window.perform(KeyBindings.Action.EXPORT_BRIEFING, 0));
        MenuItem print = item(m.get("menu.printBriefing"), () -> window.perform(KeyBindings.Action.PRINT_BRIEFING, 0));
        // library: the keys are handled by KeyBindings; the accelerators only show them in the menu.
        MenuItem importItem = item(m.get("menu.import"), () -> window.perform(KeyBindings.Action.IMPORT, 0));
        importItem.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+I"));
        MenuItem openLibrary = item(m.get("menu.openLibrary"), () -> window.perform(KeyBindings.Action.OPEN_LIBRARY, 0));
        openLibrary.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+O"));
        MenuItem openArchive = item(m.get("menu.openArchive"), () -> window.perform(KeyBindings.Action.OPEN_ARCHIVE, 0));
        openArchive.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+O"));
        boolean onArchive = window.archive() != null && window.archive().isOpen();
        MenuItem back = item(m.get("menu.backToLibrary"), () -> window.archive().backToLibrary());
        back.setDisable(!onArchive);
        importItem.setDisable(onArchive);
        return new Menu(m.get("menu.file"), null, importItem, openLibrary, openArchive, back, new SeparatorMenuItem(), articles,
                new SeparatorMenuItem(), brief, export, print, new SeparatorMenuItem(), quit);
    }

    private Menu viewMenu(Messages m) {
        Menu theme = new Menu(m.get("menu.theme"));
        ToggleGroup tg = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem r = new RadioMenuItem(m.get("theme." + t.id()));
            r.setToggleGroup(tg);
            r.setSelected(window.themeProperty().get() == t);
            r.setOnAction(e -> window.setTheme(t));
            theme.getItems().add(r);
        }
        Menu lang = new Menu(m.get("menu.language"));
        ToggleGroup lg = new ToggleGroup();
        for (Locale l : Messages.SUPPORTED) {
            RadioMenuItem r = new RadioMenuItem(Messages.forTag(l.getLanguage()).get("language.name"));
            r.setToggleGroup(lg);
            r.setSelected(m.locale().equals(l));
            r.setOnAction(e -> window.setLanguage(l.getLanguage()));
            lang.getItems().add(r);
        }
        return new Menu(m.get("menu.view"), null, theme, new SeparatorMenuItem(),
                item(m.get("menu.zoomIn"), window::zoomIn),
                item(m.get("menu.zoomOut"), window::zoomOut),
                item(m.get("menu.zoomReset"), window::zoomReset),
                new SeparatorMenuItem(), lang);
    }

    private Menu helpMenu(Messages m) {
        return new Menu(m.get("menu.help"), null, item(m.get("menu.shortcuts"), window::showShortcuts));
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setOnAction(e -> action.run());
        return i;
    }

    private static Button toolButton(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().addAll(Styles.FLAT, "tool-button");
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void showZoom() {
        if (zoomLabel != null) zoomLabel.setText(Math.round(window.reader().getZoom() * 100) + "%");
    }

    private static String shorten(String s) {
        return s.length() <= 48 ? s : s.substring(0, 47) + "…";
    }
}
