package kr.gisa.app.library;

import javafx.stage.Window;
import kr.gisa.core.parse.Duplicate;

import java.nio.file.Path;
import java.util.List;

/**
 * Every question the library pane asks the user, behind one interface so tests answer them
 * without real file choosers or modal dialogs. All methods are called on the JavaFX thread.
 */
public interface LibraryDialogs {

    /** A library folder, or null when the user cancels. */
    Path chooseLibrary(Window owner, Path current);

    /** Files to import (possibly several), or an empty list when the user cancels. */
    List<Path> chooseImports(Window owner, Path initialFolder);

    /** Whether to move the article to the trash (the undo bar can still bring it back). */
    boolean confirmDelete(Window owner, LibraryEntry entry);

    /** A new title, or null when the user cancels. */
    String askTitle(Window owner, LibraryEntry entry);

    /** What to do with a file the library already holds, and whether to do the same for the rest of the batch. */
    Answer askDuplicate(Window owner, Duplicate duplicate);

    record Answer(Duplicate.Choice choice, boolean forAll) {
    }
}
