package kr.gisa.app;

import javafx.stage.Stage;
import kr.gisa.app.settings.Settings;
import kr.gisa.app.settings.SettingsStore;
import kr.gisa.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A maximised window opens maximised again, and returns to the size it had before it was maximised. */
@ExtendWith(ApplicationExtension.class)
class MaximizedWindowTest {

    @TempDir
    Path config;

    private Stage open(FxRobot robot, SettingsStore store) {
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            MainWindow window = new MainWindow(new WindowOptions(Seed.libraryRoot(), Seed.ID), store, store.load());
            stage[0] = new Stage();
            window.attach(stage[0]);
            stage[0].show();
        });
        return stage[0];
    }

    @Test
    void theMaximisedStateAndTheSizeBeforeItAreRemembered(FxRobot robot) {
        SettingsStore store = new SettingsStore(config);
        store.save(new Settings("light", 1.0, 900, 640, "ko", null));

        Stage first = open(robot, store);
        assertFalse(first.isMaximized());
        assertEquals(900, first.getScene().getWidth(), 1);
        robot.interact(() -> first.setMaximized(true));
        robot.interact(first::hide);
        Settings saved = store.load();
        assertTrue(saved.maximized(), "saved as maximised");
        assertEquals(900, saved.width(), 1, "the size before maximising is kept");
        assertEquals(640, saved.height(), 1);

        Stage second = open(robot, store);
        assertTrue(second.isMaximized(), "opens maximised");
        robot.interact(() -> second.setMaximized(false));
        assertEquals(900, second.getScene().getWidth(), 1, "un-maximised, it has its old size");
        robot.interact(second::hide);
        assertFalse(store.load().maximized());
        assertEquals(900, store.load().width(), 1);
    }
}
