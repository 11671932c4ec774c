package kr.gisa.app.library;

import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kr.gisa.app.i18n.Messages;
import kr.gisa.core.parse.Duplicate;
import kr.gisa.core.parse.ImportResult;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** The card after an import: one row per file with what it made (id, title, counts) or why it was refused. */
final class ImportSummary {

    /** Card width 560 less its padding, the status badge and the scroll bar. */
    private static final double TEXT_WIDTH = 392;

    private ImportSummary() {
    }

    /** @param asked how many files the batch had; fewer results mean it was stopped */
    static Node card(List<ImportResult> results, int asked, Messages m, Consumer<String> open) {
        Label title = new Label(m.get("import.summaryTitle"));
        title.getStyleClass().add("card-title");
        String line = totals(results, m);
        if (results.size() < asked) {
            line = (line.isEmpty() ? "" : line + "  ·  ") + m.format("import.stopped", asked - results.size());
        }
        Label totals = new Label(line);
        totals.getStyleClass().add("import-totals");

        VBox rows = new VBox();
        rows.getStyleClass().add("import-rows");
        for (ImportResult r : results) rows.getChildren().add(row(r, m, open));
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("import-scroll");
        scroll.setMaxHeight(440);

        Label hint = new Label(m.get("import.summaryHint"));
        hint.getStyleClass().add("card-hint");
        VBox card = new VBox(title, totals, scroll, hint);
        card.getStyleClass().addAll("card", "import-summary");
        card.setPrefWidth(560);
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return card;
    }

    static String totals(List<ImportResult> results, Messages m) {
        Map<ImportResult.Status, Integer> n = new EnumMap<>(ImportResult.Status.class);
        for (ImportResult r : results) n.merge(r.status(), 1, Integer::sum);
        List<String> parts = new ArrayList<>();
        for (ImportResult.Status s : ImportResult.Status.values()) {
            if (n.containsKey(s)) parts.add(m.format("import.total." + key(s), n.get(s)));
        }
        return String.join("  ·  ", parts);
    }

    private static Node row(ImportResult r, Messages m, Consumer<String> open) {
        Label badge = new Label(m.get("import.status." + key(r.status())));
        badge.getStyleClass().addAll("import-badge", "import-" + key(r.status()));
        badge.setMinWidth(Region.USE_PREF_SIZE);
        String file = r.file().getFileName() == null ? r.file().toString() : r.file().getFileName().toString();
        Label name = new Label(r.ok() && r.title() != null && !r.title().isBlank() ? r.title() : file);
        name.getStyleClass().add("import-name");
        name.setWrapText(true);
        Label detail = new Label(detail(r, file, m));
        detail.getStyleClass().add("import-detail");
        detail.setWrapText(true);
        // A fixed wrapping width, so the list's preferred height counts the wrapped lines.
        name.setPrefWidth(TEXT_WIDTH);
        detail.setPrefWidth(TEXT_WIDTH);
        VBox text = new VBox(2, name, detail);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        HBox row = new HBox(12, badge, text);
        row.getStyleClass().add("import-row");
        if (r.ok() && r.id() != null) {
            row.setCursor(Cursor.HAND);
            row.setOnMouseClicked(e -> open.accept(r.id()));
        }
        return row;
    }

    static String detail(ImportResult r, String file, Messages m) {
        if (!r.ok()) return file + " — " + r.error();
        String counts = m.format("import.counts", r.sections(), r.paragraphs(), r.photos());
        String s = file + "  ·  " + r.id() + "  ·  " + counts;
        if (r.reason() != null) s += "  ·  " + reason(r.reason(), m);
        return s;
    }

    /** The core says why a file is a duplicate in English; show it in the UI language. */
    private static String reason(String text, Messages m) {
        for (Duplicate.Reason why : Duplicate.Reason.values()) {
            if (why.text().equals(text)) return m.get("import.reason." + why.name());
        }
        return text;
    }

    private static String key(ImportResult.Status s) {
        return s.name().toLowerCase(Locale.ROOT);
    }
}
