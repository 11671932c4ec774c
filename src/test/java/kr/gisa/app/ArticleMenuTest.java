package kr.gisa.app;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.stage.Stage;
import kr.gisa.app.settings.Settings;
import kr.gisa.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The article menu reads the library only when it opens: listing reads every article.json, which
 * made start-up grow with the library (bench: cold start with 3,000 articles took twice as long).
 */
@ExtendWith(ApplicationExtension.class)
class ArticleMenuTest {

    @TempDir
    static Path tmp;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path library = Files.createTempDirectory(tmp, "lib");
        Path seed = Files.createDirectories(library.resolve(Seed.ID));
        Files.copy(Seed.libraryRoot().resolve(Seed.ID).resolve("article.json"), seed.resolve("article.json"));
        Files.createDirectories(library.resolve("0broken"));
        Files.writeString(library.resolve("0broken").resolve("article.json"), "{");
        window = new MainWindow(new WindowOptions(library, Seed.ID), null,
                new Settings("light", 1.0, 1000, 700, "ko", null));
        window.attach(stage);
        stage.show();
    }

    private Menu articlesMenu(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return (Menu) bar.getMenus().get(0).getItems().stream().filter(Menu.class::isInstance).findFirst().orElseThrow();
    }

    @Test
    void theLibraryIsListedWhenTheMenuOpensNotBefore(FxRobot robot) {
        Menu menu = articlesMenu(robot);
        assertEquals(1, menu.getItems().size(), "nothing listed at start-up");
        assertTrue(menu.getItems().get(0).isDisable());

        robot.interact(menu::show);
        List<MenuItem> items = List.copyOf(menu.getItems());
        assertEquals(2, items.size(), "every article, the unreadable one too");
        RadioMenuItem current = (RadioMenuItem) items.stream().filter(i -> i.getText().contains("엔비디아")).findFirst().orElseThrow();
        assertTrue(current.isSelected(), "the article shown is marked");
        assertTrue(items.stream().anyMatch(i -> i.getText().startsWith("0broken")));

        robot.interact(() -> {
            menu.hide();
            window.open("0broken");
        });
        assertEquals(1, menu.getItems().size(), "a closed menu is listed again when it next opens");
        robot.interact(menu::show);
        assertEquals(2, menu.getItems().size());
        assertTrue(menu.getItems().stream().noneMatch(i -> ((RadioMenuItem) i).isSelected()),
                "the unreadable article did not open, so none is marked");
    }
}
