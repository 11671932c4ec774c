package kr.gisa.app;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import static javafx.scene.input.KeyCombination.SHIFT_ANY;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

/**
 * Every keyboard shortcut of the window, in one table: the scene filter dispatches from it and
 * the F1 overlay lists it, so the two can never disagree.
 */
public final class KeyBindings {

    public enum Action {
        LINE_UP, LINE_DOWN, PAGE_UP, PAGE_DOWN, HOME, END, SECTION,
        ZOOM_IN, ZOOM_OUT, ZOOM_RESET, NEXT_THEME, SHORTCUTS, CLOSE_OVERLAY, QUIT,
        // briefing
        BRIEFING, EXPORT_BRIEFING, PRINT_BRIEFING,
        // library
        OPEN_LIBRARY, IMPORT, DELETE_ARTICLE, RENAME_ARTICLE, UNDO_DELETE,
        // shared archive
        OPEN_ARCHIVE,
        // search
        FIND_IN_ARTICLE, FIND_IN_LIBRARY, FIND_NEXT, FIND_PREVIOUS,
        // the page's text
        COPY, SELECT_ALL
    }

    /**
     * One shortcut: the action (with its argument, e.g. the section number), the key combinations
     * that trigger it, the help text key, and whether it is a plain key a text field needs itself.
     */
    public record Binding(Action action, int arg, List<KeyCombination> keys, String helpKey, boolean plain) {
    }

    /** A row of the F1 overlay: keys as shown, and the message key of what they do. */
    public record HelpRow(String keys, String helpKey) {
    }

    private static final List<Binding> ALL = build();

    private KeyBindings() {
    }

    public static List<Binding> all() {
        return ALL;
    }

    private static List<Binding> build() {
        List<Binding> b = new ArrayList<>();
        b.add(plain(Action.LINE_UP, "keys.lineUp", KeyCode.UP));
        b.add(plain(Action.LINE_DOWN, "keys.lineDown", KeyCode.DOWN));
        b.add(new Binding(Action.PAGE_UP, 0, List.of(new KeyCodeCombination(KeyCode.PAGE_UP),
                new KeyCodeCombination(KeyCode.SPACE, SHIFT_DOWN)), "keys.pageUp", true));
        b.add(new Binding(Action.PAGE_DOWN, 0, List.of(new KeyCodeCombination(KeyCode.PAGE_DOWN),
                new KeyCodeCombination(KeyCode.SPACE)), "keys.pageDown", true));
        b.add(new Binding(Action.HOME, 0, List.of(new KeyCodeCombination(KeyCode.HOME),
                new KeyCodeCombination(KeyCode.HOME, SHORTCUT_DOWN)), "keys.home", true));
        b.add(new Binding(Action.END, 0, List.of(new KeyCodeCombination(KeyCode.END),
                new KeyCodeCombination(KeyCode.END, SHORTCUT_DOWN)), "keys.end", true));
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
                KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
        KeyCode[] numpad = {KeyCode.NUMPAD1, KeyCode.NUMPAD2, KeyCode.NUMPAD3, KeyCode.NUMPAD4, KeyCode.NUMPAD5,
                KeyCode.NUMPAD6, KeyCode.NUMPAD7, KeyCode.NUMPAD8, KeyCode.NUMPAD9};
        for (int i = 0; i < 9; i++) {
            b.add(new Binding(Action.SECTION, i + 1, List.of(new KeyCodeCombination(digits[i], SHORTCUT_DOWN),
                    new KeyCodeCombination(numpad[i], SHORTCUT_DOWN)), "keys.section", false));
        }
        // Ctrl+= is Ctrl++ without Shift on most layouts; accept both and the keypad.
        b.add(new Binding(Action.ZOOM_IN, 0, List.of(new KeyCodeCombination(KeyCode.EQUALS, SHORTCUT_DOWN, SHIFT_ANY),
                new KeyCodeCombination(KeyCode.PLUS, SHORTCUT_DOWN, SHIFT_ANY),
                new KeyCodeCombination(KeyCode.ADD, SHORTCUT_DOWN)), "keys.zoomIn", false));
        b.add(new Binding(Action.ZOOM_OUT, 0, List.of(new KeyCodeCombination(KeyCode.MINUS, SHORTCUT_DOWN),
                new KeyCodeCombination(KeyCode.SUBTRACT, SHORTCUT_DOWN)), "keys.zoomOut", false));
        b.add(new Binding(Action.ZOOM_RESET, 0, List.of(new KeyCodeCombination(KeyCode.DIGIT0, SHORTCUT_DOWN),
                new KeyCodeCombination(KeyCode.NUMPAD0, SHORTCUT_DOWN)), "keys.zoomReset", false));
        b.add(new Binding(Action.NEXT_THEME, 0, List.of(new KeyCodeCombination(KeyCode.T, SHORTCUT_DOWN)),
                "keys.nextTheme", false));
        // briefing
        b.add(new Binding(Action.BRIEFING, 0, List.of(new KeyCodeCombination(KeyCode.B, SHORTCUT_DOWN)),
                "keys.briefing", false));
        b.add(new Binding(Action.EXPORT_BRIEFING, 0, List.of(new KeyCodeCombination(KeyCode.E, SHORTCUT_DOWN)),
                "keys.exportBriefing", false));
        b.add(new Binding(Action.PRINT_BRIEFING, 0, List.of(new KeyCodeCombination(KeyCode.P, SHORTCUT_DOWN)),
                "keys.printBriefing", false));
        // Search (Enter / Shift+Enter step too, inside the search field).
        b.add(new Binding(Action.FIND_IN_ARTICLE, 0, List.of(new KeyCodeCombination(KeyCode.F, SHORTCUT_DOWN)),
                "keys.findInArticle", false));
        b.add(new Binding(Action.FIND_IN_LIBRARY, 0, List.of(new KeyCodeCombination(KeyCode.F, SHORTCUT_DOWN, SHIFT_DOWN)),
                "keys.findInLibrary", false));
        b.add(new Binding(Action.FIND_NEXT, 0, List.of(new KeyCodeCombination(KeyCode.F3)), "keys.findNext", false));
        b.add(new Binding(Action.FIND_PREVIOUS, 0, List.of(new KeyCodeCombination(KeyCode.F3, SHIFT_DOWN)),
                "keys.findPrevious", false));
        b.add(new Binding(Action.SHORTCUTS, 0, List.of(new KeyCodeCombination(KeyCode.F1)), "keys.shortcuts", false));
        b.add(new Binding(Action.CLOSE_OVERLAY, 0, List.of(new KeyCodeCombination(KeyCode.ESCAPE)),
                "keys.closeOverlay", false));
        b.add(new Binding(Action.QUIT, 0, List.of(new KeyCodeCombination(KeyCode.Q, SHORTCUT_DOWN)), "keys.quit", false));
        // library
        b.add(new Binding(Action.OPEN_LIBRARY, 0, List.of(new KeyCodeCombination(KeyCode.O, SHORTCUT_DOWN)),
                "keys.openLibrary", false));
        b.add(new Binding(Action.OPEN_ARCHIVE, 0, List.of(new KeyCodeCombination(KeyCode.O, SHORTCUT_DOWN, SHIFT_DOWN)),
                "keys.openArchive", false));
        b.add(new Binding(Action.IMPORT, 0, List.of(new KeyCodeCombination(KeyCode.I, SHORTCUT_DOWN)), "keys.import", false));
        b.add(plain(Action.DELETE_ARTICLE, "keys.deleteArticle", KeyCode.DELETE));
        b.add(new Binding(Action.RENAME_ARTICLE, 0, List.of(new KeyCodeCombination(KeyCode.F2)), "keys.renameArticle", false));
        // Plain: a focused text field keeps Ctrl+Z for its own undo.
        b.add(new Binding(Action.UNDO_DELETE, 0, List.of(new KeyCodeCombination(KeyCode.Z, SHORTCUT_DOWN)),
                "keys.undoDelete", true));
        // the text selected in the page (plain: a focused text field copies and selects its own)
        b.add(new Binding(Action.COPY, 0, List.of(new KeyCodeCombination(KeyCode.C, SHORTCUT_DOWN),
                new KeyCodeCombination(KeyCode.INSERT, SHORTCUT_DOWN)), "keys.copy", true));
        b.add(new Binding(Action.SELECT_ALL, 0, List.of(new KeyCodeCombination(KeyCode.A, SHORTCUT_DOWN)),
                "keys.selectAll", true));
        return List.copyOf(b);
    }

    private static Binding plain(Action a, String help, KeyCode code) {
        return new Binding(a, 0, List.of(new KeyCodeCombination(code)), help, true);
    }

    /** The first binding matching a key press, or null. */
    public static Binding match(KeyEvent e) {
        for (Binding b : ALL) {
            for (KeyCombination k : b.keys()) if (k.match(e)) return b;
        }
        return null;
    }

    /**
     * Installs the table on a scene. Plain keys (arrows, Space…) are left to a focused text field,
     * so a later search box still gets them, and to controls in an overlay card.
     */
    public static void install(Scene scene, BiConsumer<Action, Integer> handler) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Binding b = match(e);
            if (b == null) return;
            if (b.plain() && (scene.getFocusOwner() instanceof TextInputControl || inOverlay(scene.getFocusOwner()))) return;
            // A focused list (e.g. the library) moves its own selection with the arrows, Home, End, Space.
            if (b.plain() && b.action().ordinal() <= Action.END.ordinal()
                    && scene.getFocusOwner() instanceof javafx.scene.control.ListView) return;
            handler.accept(b.action(), b.arg());
            e.consume();
        });
    }

    /** A control in an overlay card (the briefing's checkboxes, spinner) needs Space and the arrows itself. */
    private static boolean inOverlay(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("overlay")) return true;
        }
        return false;
    }

    /** The F1 overlay rows: every binding once, section jumps folded into one row. */
    public static List<HelpRow> helpRows() {
        List<HelpRow> rows = new ArrayList<>();
        for (Binding b : ALL) {
            if (b.action() == Action.SECTION) {
                if (b.arg() == 1) rows.add(new HelpRow(display(b.keys().get(0)) + " … " + display(
                        new KeyCodeCombination(KeyCode.DIGIT9, SHORTCUT_DOWN)), b.helpKey()));
                continue;
            }
            List<String> keys = new ArrayList<>();
            for (KeyCombination k : b.keys()) {
                // Keypad and Shift-variants are alternatives nobody needs to read.
                String s = display(k);
                if (!s.contains("Numpad") && !s.contains("Add") && !s.contains("Subtract")
                        && !s.startsWith("Plus") && !s.contains("+Plus") && !keys.contains(s)) keys.add(s);
            }
            rows.add(new HelpRow(String.join("  /  ", keys), b.helpKey()));
        }
        return rows;
    }

    static String display(KeyCombination k) {
        // getDisplayText() says "Shortcut" only on macOS; spell the modifier the way users know it.
        String text = k.getDisplayText();
        return text.replace("Shift Any+", "").replace("Ctrl+Equals", "Ctrl+=").replace("Ctrl+Minus", "Ctrl+-")
                .replace("Page Up", "PageUp").replace("Page Down", "PageDown").replace("Escape", "Esc");
    }
}
