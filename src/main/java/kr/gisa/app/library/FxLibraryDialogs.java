package kr.gisa.app.library;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import kr.gisa.app.i18n.Messages;
import kr.gisa.core.parse.Duplicate;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The real dialogs: system file choosers and small themed JavaFX dialogs. */
public final class FxLibraryDialogs implements LibraryDialogs {

    private final Supplier<Messages> messages;

    public FxLibraryDialogs(Supplier<Messages> messages) {
        this.messages = messages;
    }

    @Override
    public Path chooseLibrary(Window owner, Path current) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get().get("library.chooseTitle"));
        if (current != null && Files.isDirectory(current)) chooser.setInitialDirectory(current.toFile());
        File dir = chooser.showDialog(owner);
        return dir == null ? null : dir.toPath();
    }

    @Override
    public List<Path> chooseImports(Window owner, Path initialFolder) {
        Messages m = messages.get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("import.chooseTitle"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(m.get("import.filterAll"), "*.html", "*.htm", "*.txt", "*.json"),
                new FileChooser.ExtensionFilter(m.get("import.filterHtml"), "*.html", "*.htm"),
                new FileChooser.ExtensionFilter(m.get("import.filterText"), "*.txt"),
                new FileChooser.ExtensionFilter("article.json", "*.json"),
                new FileChooser.ExtensionFilter(m.get("import.filterAny"), "*"));
        if (initialFolder != null && Files.isDirectory(initialFolder)) chooser.setInitialDirectory(initialFolder.toFile());
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public boolean confirmDelete(Window owner, LibraryEntry entry) {
        Messages m = messages.get();
        ButtonType delete = new ButtonType(m.get("library.delete"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, m.get("library.deleteDetail"), delete, cancel);
        alert.setTitle(m.get("library.deleteTitle"));
        alert.setHeaderText(m.format("library.deleteQuestion", LibraryPane.label(entry, m)));
        prepare(alert, owner);
        return alert.showAndWait().orElse(cancel) == delete;
    }

    @Override
    public String askTitle(Window owner, LibraryEntry entry) {
        Messages m = messages.get();
        TextInputDialog d = new TextInputDialog(entry.title());
        d.setTitle(m.get("library.renameTitle"));
        d.setHeaderText(m.get("library.renameHeader"));
        d.setContentText(null);
        d.getEditor().setPrefColumnCount(36);
        prepare(d, owner);
        Optional<String> t = d.showAndWait();
        return t.map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    }

    @Override
    public Answer askDuplicate(Window owner, Duplicate duplicate) {
        Alert alert = duplicateDialog(owner, duplicate);
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        boolean forAll = ((CheckBox) ((VBox) alert.getDialogPane().getContent()).getChildren().get(1)).isSelected();
        return new Answer(answer.getButtonData() == ButtonBar.ButtonData.OK_DONE
                ? Duplicate.Choice.REPLACE : Duplicate.Choice.SKIP, forAll);
    }

    /** The skip-or-replace question, built but not shown. */
    Alert duplicateDialog(Window owner, Duplicate duplicate) {
        Messages m = messages.get();
        ButtonType skip = new ButtonType(m.get("import.skip"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType replace = new ButtonType(m.get("import.replace"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, null, replace, skip);
        alert.setTitle(m.get("import.duplicateTitle"));
        alert.setHeaderText(m.format("import.duplicateHeader", duplicate.file().getFileName().toString()));
        Label detail = new Label(m.format("import.duplicateDetail",
                duplicate.existingTitle().isBlank() ? duplicate.existingId() : duplicate.existingTitle(),
                m.get("import.reason." + duplicate.reason().name())));
        detail.setWrapText(true);
        detail.setMaxWidth(420);
        CheckBox all = new CheckBox(m.get("import.forAll"));
        VBox box = new VBox(12, detail, all);
        alert.getDialogPane().setContent(box);
        prepare(alert, owner);
        return alert;
    }

    /** Owned by the window, and in its theme (our sheets carry the palette). */
    private static void prepare(Dialog<?> d, Window owner) {
        if (owner == null) return;
        d.initOwner(owner);
        if (owner.getScene() != null) d.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        d.getDialogPane().getStyleClass().add("gisa-dialog");
    }
}
