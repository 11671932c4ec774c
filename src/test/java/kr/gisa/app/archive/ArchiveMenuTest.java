package kr.gisa.app.archive;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;
import kr.gisa.app.MainWindow;
import kr.gisa.app.WindowOptions;
import kr.gisa.app.settings.Settings;
import kr.gisa.core.store.Library;
import kr.gisa.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static kr.gisa.app.archive.ArchiveWindowTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File › Open article on an archive larger than the menu lists: the first rows, then the way to all of them. */
@ExtendWith(ApplicationExtension.class)
class ArchiveMenuTest {

    private static final String URL = "http://127.0.0.1:8983/solr/big";
    private static final int ARTICLES = 45;

    @TempDir
    static Path tmp;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path base = Files.createTempDirectory(tmp, "case");
        Library remote = new Library(base.resolve("remote"));
        for (int i = 0; i < ARTICLES; i++) {
            remote.importText(("보관 기사 " + i + "\n정부가 " + i + "번째 대책을 내놓았다.\n").getBytes(StandardCharsets.UTF_8));
        }
        FakeArchive archive = FakeArchive.of(URL, remote, base.resolve("index"));
        window = new MainWindow(new WindowOptions(Seed.libraryRoot(), Seed.ID), null,
                new Settings("light", 1.0, 1100, 760, "ko", null), url -> archive);
        window.attach(stage);
        stage.show();
    }

    @Test
    void theMenuListsTheFirstRowsAndLeadsToTheArchiveList(FxRobot robot) {
        robot.interact(() -> window.archive().open(URL));
        waitUntil(() -> window.archive().isOpen() && !window.archive().pane().rows().isEmpty()
                && window.archive().pane().total() == ARTICLES);
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu articles = (Menu) bar.getMenus().get(0).getItems().stream().filter(Menu.class::isInstance).findFirst().orElseThrow();
        robot.interact(articles::show);
        List<MenuItem> items = List.copyOf(articles.getItems());
        assertEquals(40, items.stream().filter(RadioMenuItem.class::isInstance).count(), "the first 40 rows");
        assertInstanceOf(SeparatorMenuItem.class, items.get(items.size() - 2));
        MenuItem all = items.get(items.size() - 1);
        assertEquals("기사 45건 모두 보기: 보관소 목록", all.getText());
        robot.interact(() -> {
            articles.hide();
            window.library().tabs().getSelectionModel().select(1);
            all.fire();
        });
        assertEquals(0, window.library().tabs().getSelectionModel().getSelectedIndex(), "the list's tab is shown");
        assertTrue(window.archive().pane().list().isFocused(), "and the list that scrolls through all of them has the focus");
    }
}
