package kr.gisa.app.library;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import javafx.event.Event;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import kr.gisa.app.MainWindow;
import kr.gisa.app.WindowOptions;
import kr.gisa.app.settings.Settings;
import kr.gisa.core.parse.ImportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.File;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files dragged from the desktop onto the window are imported. Monocle has no desktop to drag from,
 * so the events are the ones the toolkit would deliver, with a drag board holding the files.
 */
@ExtendWith(ApplicationExtension.class)
class DropImportTest {

    @TempDir
    static Path tmp;
    private MainWindow window;
    private Path library;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        Path base = Files.createTempDirectory(tmp, "case");
        library = base.resolve("articles");
        LibraryPaneTest.copySeed(library);
        file = base.resolve("budget.txt");
        Files.write(file, LibraryPaneTest.TEXT.getBytes(StandardCharsets.UTF_8));
        window = new MainWindow(new WindowOptions(library, null), null, new Settings("light", 1.0, 1100, 760, "ko", null));
        window.attach(stage);
        stage.show();
    }

    /** A drag board as a desktop drag gives it: {@code content} (files, or text), copy allowed. */
    private static Dragboard holding(FxRobot robot, Map<DataFormat, Object> content) {
        TKClipboard peer = (TKClipboard) Proxy.newProxyInstance(TKClipboard.class.getClassLoader(), new Class<?>[]{TKClipboard.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getContentTypes" -> content.keySet();
                    case "hasContent" -> content.containsKey(args[0]);
                    case "getContent" -> content.get(args[0]);
                    case "getTransferModes" -> Set.of(TransferMode.COPY);
                    case "getDragViewOffsetX", "getDragViewOffsetY" -> 0.0;
                    case "putContent" -> false;
                    default -> null;
                });
        AtomicReference<Dragboard> board = new AtomicReference<>();
        robot.interact(() -> board.set(DragboardHelper.createDragboard(peer))); // the toolkit makes them on its thread
        return board.get();
    }

    private void fire(FxRobot robot, javafx.event.EventType<DragEvent> type, Dragboard board) {
        robot.interact(() -> Event.fireEvent(window.scene(), new DragEvent(window.scene(), window.scene(), type, board,
                400, 300, 400, 300, TransferMode.COPY, null, null, null)));
    }

    @Test
    void aFileDroppedOnTheWindowIsImportedAndTheHintComesAndGoes(FxRobot robot) throws Exception {
        Dragboard board = holding(robot, Map.of(DataFormat.FILES, List.of(file.toFile())));
        fire(robot, DragEvent.DRAG_OVER, board);
        assertTrue(window.library().imports().dropHint().isVisible(), "the hint shows while files hover");
        fire(robot, DragEvent.DRAG_EXITED, board);
        assertFalse(window.library().imports().dropHint().isVisible());

        fire(robot, DragEvent.DRAG_OVER, board);
        fire(robot, DragEvent.DRAG_DROPPED, board);
        assertFalse(window.library().imports().dropHint().isVisible());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.library().lastResults().isEmpty() && !window.library().isBusy());
        WaitForAsyncUtils.waitForFxEvents();
        List<ImportResult> results = window.library().lastResults();
        assertEquals(1, results.size());
        assertEquals(ImportResult.Status.IMPORTED, results.get(0).status(), results.toString());
        assertTrue(Files.isRegularFile(library.resolve(results.get(0).id()).resolve("article.json")));
    }

    @Test
    void aDragWithoutFilesIsRefused(FxRobot robot) {
        Dragboard text = holding(robot, Map.of(DataFormat.PLAIN_TEXT, "엔비디아"));
        fire(robot, DragEvent.DRAG_OVER, text);
        assertFalse(window.library().imports().dropHint().isVisible(), "text or a link dragged in is not a file to import");
        fire(robot, DragEvent.DRAG_DROPPED, text);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.library().lastResults().isEmpty());
        assertFalse(window.library().isBusy());
    }
}
