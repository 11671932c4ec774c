package kr.gisa.app;

import kr.gisa.app.search.SearchController;
import kr.gisa.app.theme.Theme;

/** What each key binding (and the menu items that share it) does in the window; {@link KeyBindings} says which key. */
final class WindowActions {

    private WindowActions() {
    }

    static void perform(MainWindow w, KeyBindings.Action action, int arg) {
        switch (action) {
            case LINE_UP -> w.reader().lineDown(-1);
            case LINE_DOWN -> w.reader().lineDown(1);
            case PAGE_UP -> w.reader().pageDown(-1);
            case PAGE_DOWN -> w.reader().pageDown(1);
            case HOME -> w.reader().home();
            case END -> w.reader().end();
            case SECTION -> w.reader().scrollToSection(arg - 1);
            case ZOOM_IN -> w.zoomIn();
            case ZOOM_OUT -> w.zoomOut();
            case ZOOM_RESET -> w.zoomReset();
            case NEXT_THEME -> w.setTheme(Theme.values()[(w.themeProperty().get().ordinal() + 1) % Theme.values().length]);
            case SHORTCUTS -> {
                if (w.isOverlayOpen()) w.closeOverlay();
                else w.showShortcuts();
            }
            case BRIEFING -> {
                if (w.isBriefingOpen()) w.closeOverlay();
                else w.showBriefing();
            }
            case EXPORT_BRIEFING -> {
                w.showBriefing();
                w.briefing().export();
            }
            case PRINT_BRIEFING -> {
                w.showBriefing();
                w.briefing().print();
            }
            case OPEN_ARCHIVE -> w.archive().showDialog();
            case OPEN_LIBRARY, IMPORT, DELETE_ARTICLE, RENAME_ARTICLE, UNDO_DELETE -> w.library().perform(action);
            case CLOSE_OVERLAY -> {
                if (w.isOverlayOpen()) w.closeOverlay();
                else w.search().escape();
            }
            case FIND_IN_ARTICLE -> w.search().focus(SearchController.Scope.ARTICLE);
            case FIND_IN_LIBRARY -> w.search().focus(SearchController.Scope.LIBRARY);
            case FIND_NEXT -> w.search().next();
            case FIND_PREVIOUS -> w.search().previous();
            case COPY -> w.reader().copySelection();
            case SELECT_ALL -> w.reader().selectAll();
            case QUIT -> w.quit();
        }
    }
}
