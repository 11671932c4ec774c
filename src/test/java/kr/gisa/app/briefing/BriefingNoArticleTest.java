package kr.gisa.app.briefing;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import kr.gisa.app.MainWindow;
import kr.gisa.app.WindowOptions;
import kr.gisa.app.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With no article to brief, the briefing says so and offers nothing to export or print. */
@ExtendWith(ApplicationExtension.class)
class BriefingNoArticleTest {

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path base = Path.of(System.getProperty("gisa.config.dir", "target/test-config"));
        Files.createDirectories(base);
        Path empty = Files.createTempDirectory(base, "empty-library");
        window = new MainWindow(new WindowOptions(empty, null), null, new Settings("light", 1.0, 1000, 700, "en", null));
        window.attach(stage);
        stage.show();
    }

    @Test
    void saysThereIsNoArticle(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.B);
        assertTrue(window.isBriefingOpen());
        Label message = robot.lookup(".briefing-desk-message").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertEquals("Open an article to make its briefing.", message.getText());
        assertTrue(robot.lookup(".briefing-export").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup(".briefing-print").queryAs(Button.class).isDisabled());
        robot.push(KeyCode.CONTROL, KeyCode.E); // nothing to ask a file for
        assertEquals("Open an article to make its briefing.", window.briefing().status());
        robot.push(KeyCode.ESCAPE);
        assertTrue(!window.isBriefingOpen());
    }
}
