package kr.gisa.app.reader;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import kr.gisa.app.i18n.Messages;
import kr.gisa.core.model.Article;
import kr.gisa.core.text.PlainText;

/** A paragraph's context menu: copy the text selected with the mouse (if any), the paragraph, or the whole article. */
final class CopyMenu {

    private CopyMenu() {
    }

    static ContextMenu of(ParagraphView p, Article article, TextSelection selection, Messages messages) {
        MenuItem paragraph = new MenuItem(messages.get("menu.copyParagraph"));
        paragraph.setOnAction(e -> toClipboard(p.text()));
        MenuItem all = new MenuItem(messages.get("menu.copyArticle"));
        all.setOnAction(e -> toClipboard(PlainText.of(article)));
        ContextMenu menu = new ContextMenu(paragraph, all);
        if (!selection.text().isEmpty()) {
            MenuItem selected = new MenuItem(messages.get("menu.copySelection"));
            selected.setOnAction(e -> selection.copy());
            menu.getItems().add(0, selected);
        }
        menu.getStyleClass().add("copy-menu");
        return menu;
    }

    static void toClipboard(String text) {
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        Clipboard.getSystemClipboard().setContent(c);
    }
}
