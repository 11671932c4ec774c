package kr.gisa.app.library;

import javafx.stage.Window;
import kr.gisa.core.parse.Duplicate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Answers the library's questions as a test tells it to, and records what was asked. */
final class FakeDialogs implements LibraryDialogs {

    Path library;
    List<Path> imports = List.of();
    boolean confirmDelete = true;
    String title;
    Duplicate.Choice duplicateChoice = Duplicate.Choice.SKIP;
    final List<Duplicate> duplicatesAsked = new ArrayList<>();
    final List<String> asked = new ArrayList<>();
    /** Run when a duplicate is asked about (on the JavaFX thread, while the import waits). */
    Runnable onDuplicate = () -> { };

    @Override
    public Path chooseLibrary(Window owner, Path current) {
        asked.add("library");
        return library;
    }

    @Override
    public List<Path> chooseImports(Window owner, Path initialFolder) {
        asked.add("imports");
        return imports;
    }

    @Override
    public boolean confirmDelete(Window owner, LibraryEntry entry) {
        asked.add("delete " + entry.id());
        return confirmDelete;
    }

    @Override
    public String askTitle(Window owner, LibraryEntry entry) {
        asked.add("title " + entry.id());
        return title;
    }

    @Override
    public Answer askDuplicate(Window owner, Duplicate duplicate) {
        duplicatesAsked.add(duplicate);
        onDuplicate.run();
        return new Answer(duplicateChoice, false);
    }
}
