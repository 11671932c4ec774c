package kr.gisa.app.briefing;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import kr.gisa.app.KeyBindings;
import kr.gisa.app.MainWindow;
import kr.gisa.app.WindowOptions;
import kr.gisa.app.settings.Settings;
import kr.gisa.app.settings.SettingsStore;
import kr.gisa.core.brief.Briefing;
import kr.gisa.testing.Seed;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The briefing preview (Ctrl+B) on the seed article, headless: preview, choices, export, print, Esc. */
@ExtendWith(ApplicationExtension.class)
class BriefingWindowTest {

    @TempDir
    Path tmp;

    private MainWindow window;
    private final FakeDialogs dialogs = new FakeDialogs();

    /** The save dialog answers with a set target; the printer records what it was given. */
    static final class FakeDialogs implements SystemDialogs {
        Target next;
        int chooserCalls;
        final List<Image> printed = new ArrayList<>();
        PrintResult printResult = new PrintResult(Outcome.NO_PRINTER, null);

        @Override
        public Target chooseExportTarget(Window owner, String suggestedName, ExportFormat initial) {
            chooserCalls++;
            return next;
        }

        @Override
        public PrintResult print(Window owner, Image page, double pageWidthPt, String jobName) {
            printed.add(page);
            return printResult;
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        Path base = Path.of(System.getProperty("gisa.config.dir", "target/test-config"));
        Files.createDirectories(base);
        window = new MainWindow(new WindowOptions(Seed.libraryRoot(), Seed.ID),
                new SettingsStore(Files.createTempDirectory(base, "brief")),
                new Settings("light", 1.0, 1100, 780, "en", null));
        window.briefing().setDialogs(dialogs);
        window.attach(stage);
        stage.show();
    }

    @Test
    void ctrlBOpensThePreviewShowingAnImageOfThePage(FxRobot robot) throws Exception {
        assertFalse(window.isBriefingOpen());
        robot.push(KeyCode.CONTROL, KeyCode.B);
        assertTrue(window.isBriefingOpen());
        awaitSettled(robot);

        Image img = robot.lookup(".briefing-page-image").queryAs(ImageView.class).getImage();
        assertNotNull(img);
        assertTrue(img.getWidth() >= 200, "page image width " + img.getWidth());
        assertEquals(297.0 / 210.0, img.getHeight() / img.getWidth(), 0.01, "an A4 page");
        double ink = inkShare(img);
        assertTrue(ink > 0.01 && ink < 0.5, "the page has text on white paper: dark share " + ink);
        BriefingRenderer.Document d = shown(robot).document();
        assertEquals(1, d.pages());
        assertEquals(Seed.article().title(), d.briefing().title());
        assertTrue(robot.lookup(".briefing-info").queryAs(Label.class).getText().contains("one page"));
        assertTrue(robot.lookup(".briefing-article").queryAs(Label.class).getText().contains("엔비디아"));

        // "Page width" shows the page larger, rendered again at its new size (not scaled up).
        double wholeWidth = img.getWidth();
        robot.clickOn("Page width");
        awaitSettled(robot);
        ImageView view = robot.lookup(".briefing-page-image").queryAs(ImageView.class);
        assertTrue(view.getImage().getWidth() > wholeWidth * 1.2, view.getImage().getWidth() + " vs " + wholeWidth);
        assertEquals(view.getImage().getWidth(), view.getFitWidth(), 3.0, "shown at its own size: sharp");

        robot.push(KeyCode.CONTROL, KeyCode.B); // the same key closes it
        assertFalse(window.isBriefingOpen());
    }

    @Test
    void theShortcutsAreInTheF1List() {
        List<String> keys = KeyBindings.helpRows().stream().map(KeyBindings.HelpRow::keys).toList();
        assertTrue(keys.contains("Ctrl+B"), keys.toString());
        assertTrue(keys.contains("Ctrl+E"), keys.toString());
        assertTrue(keys.contains("Ctrl+P"), keys.toString());
    }

    @Test
    void changingTheChoicesChangesTheBriefing(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.B);
        awaitSettled(robot);
        Briefing three = shown(robot).document().briefing();
        int[] before = pixels(shown(robot).image());
        assertEquals(3, three.sentences().size());

        @SuppressWarnings("unchecked")
        Spinner<Integer> spinner = robot.lookup(".briefing-sentences").queryAs(Spinner.class);
        robot.interact(() -> spinner.increment(2));
        awaitSettled(robot);
        Briefing five = shown(robot).document().briefing();
        assertEquals(5, five.sentences().size());
        assertTrue(five.sentences().stream().map(Briefing.Sentence::text).toList()
                .containsAll(three.sentences().stream().map(Briefing.Sentence::text).toList()),
                "the three most central sentences stay");
        assertFalse(java.util.Arrays.equals(before, pixels(shown(robot).image())), "the page image changed");

        // Quick successive choices: only the last one is shown.
        robot.interact(() -> {
            spinner.getValueFactory().setValue(1);
            spinner.getValueFactory().setValue(4);
            spinner.getValueFactory().setValue(2);
        });
        awaitSettled(robot);
        assertEquals(2, shown(robot).document().briefing().sentences().size());

        // A typed number counts; letters are refused; an emptied field keeps the value.
        robot.interact(() -> {
            spinner.getEditor().setText("7");
            spinner.getEditor().fireEvent(new javafx.event.ActionEvent());
            spinner.getEditor().setText("x");
        });
        assertEquals("7", spinner.getEditor().getText());
        robot.interact(() -> {
            spinner.getEditor().setText("");
            spinner.getEditor().fireEvent(new javafx.event.ActionEvent());
        });
        assertEquals(7, spinner.getValue());
        awaitSettled(robot);
        assertEquals(7, shown(robot).document().briefing().sentences().size());

        CheckBox figures = robot.lookup(".briefing-figures").queryAs(CheckBox.class);
        CheckBox quotes = robot.lookup(".briefing-quotes").queryAs(CheckBox.class);
        assertFalse(shown(robot).document().briefing().figures().isEmpty());
        robot.interact(() -> {
            figures.setSelected(false);
            quotes.setSelected(false);
        });
        awaitSettled(robot);
        assertTrue(shown(robot).document().briefing().figures().isEmpty());
        assertTrue(shown(robot).document().briefing().quotes().isEmpty());

        // Space toggles a focused checkbox (it does not page the reader behind the card).
        double scroll = window.reader().scrollPane().getVvalue();
        robot.interact(figures::requestFocus);
        robot.push(KeyCode.SPACE);
        assertTrue(figures.isSelected());
        assertEquals(scroll, window.reader().scrollPane().getVvalue(), 1e-9);
        awaitSettled(robot);
        assertFalse(shown(robot).document().briefing().figures().isEmpty());
    }

    @Test
    void focusQueryFromTheHookOrTheField(FxRobot robot) throws Exception {
        robot.interact(() -> window.briefing().setFocusQuery("네이버"));
        robot.push(KeyCode.CONTROL, KeyCode.B);
        awaitSettled(robot);
        Briefing b = shown(robot).document().briefing();
        assertEquals("네이버", b.query());
        assertTrue(b.sentences().stream().anyMatch(s -> !s.marks().isEmpty()), "matched words are marked");
        TextField field = robot.lookup(".briefing-focus").queryAs(TextField.class);
        assertEquals("네이버", field.getText());

        robot.interact(() -> field.setText(""));
        robot.interact(() -> field.fireEvent(new javafx.event.ActionEvent()));
        awaitSettled(robot);
        assertNull(shown(robot).document().briefing().query());
    }

    @Test
    void exportWritesTheOnePagePdfShownAndMarkdown(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.B);
        awaitSettled(robot);
        dialogs.next = new SystemDialogs.Target(tmp.resolve("brief"), ExportFormat.PDF);
        robot.push(KeyCode.CONTROL, KeyCode.E);
        awaitSettled(robot);
        Path pdf = tmp.resolve("brief.pdf");
        assertTrue(Files.isRegularFile(pdf), "the chosen filter's extension is added");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("엔비디아"), text);
        }
        assertTrue(java.util.Arrays.equals(shown(robot).document().pdf(), Files.readAllBytes(pdf)),
                "the file is the page previewed");
        assertTrue(status(robot).contains(pdf.toAbsolutePath().toString()), status(robot));

        dialogs.next = new SystemDialogs.Target(tmp.resolve("notes.md"), ExportFormat.PDF);
        robot.interact(() -> window.briefing().export());
        awaitSettled(robot);
        String md = Files.readString(tmp.resolve("notes.md"));
        assertTrue(md.startsWith("# "), "a name's own extension wins over the filter: " + md);
        Briefing b = shown(robot).document().briefing();
        assertTrue(md.contains(b.title()));
        for (Briefing.Sentence s : b.sentences()) assertTrue(md.contains(s.text().substring(0, 10)), s.text());
        assertFalse(Files.exists(tmp.resolve("notes.md.pdf")));

        dialogs.next = null; // cancelled: nothing written, nothing said
        int files;
        try (var list = Files.list(tmp)) {
            files = (int) list.count();
        }
        robot.interact(() -> window.briefing().export());
        awaitSettled(robot);
        try (var list = Files.list(tmp)) {
            assertEquals(files, (int) list.count());
        }
    }

    @Test
    void anUnwritableTargetShowsAMessageAndWritesNothing(FxRobot robot) throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "not a folder");
        dialogs.next = new SystemDialogs.Target(file.resolve("brief.pdf"), ExportFormat.PDF);
        robot.push(KeyCode.CONTROL, KeyCode.E); // opens the briefing too
        assertTrue(window.isBriefingOpen());
        awaitSettled(robot);
        String s = status(robot);
        assertTrue(s.startsWith("Not saved:") && s.contains("not a folder"), s);
        Label status = robot.lookup(".briefing-status").queryAs(Label.class);
        assertTrue(status.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("error")));
        assertEquals("not a folder", Files.readString(file));
        assertTrue(window.isBriefingOpen(), "the window stays usable");
    }

    @Test
    void printWithoutAPrinterSaysSo(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.P);
        awaitSettled(robot);
        assertEquals(1, dialogs.printed.size());
        Image page = dialogs.printed.get(0);
        assertEquals(2480, page.getWidth(), 2, "the page at 300 dpi");
        assertTrue(status(robot).startsWith("No printer is set up"), status(robot));

        dialogs.printResult = new SystemDialogs.PrintResult(SystemDialogs.Outcome.PRINTED, null);
        robot.interact(() -> window.briefing().print());
        awaitSettled(robot);
        assertEquals("Sent to the printer.", status(robot));
    }

    @Test
    void escClosesTheBriefing(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.B);
        awaitSettled(robot);
        robot.clickOn(".briefing-focus"); // even from the text field
        robot.push(KeyCode.ESCAPE);
        assertFalse(window.isBriefingOpen());
        assertFalse(window.isOverlayOpen());
    }

    // ---- helpers -----------------------------------------------------------------------------

    private BriefingRenderer.Page shown(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.briefing().shownPage()).get();
    }

    private String status(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.briefing().status()).get();
    }

    /** Waits until no render, export or print is under way, twice in a row (a resize may follow a render). */
    private void awaitSettled(FxRobot robot) throws Exception {
        for (int i = 0; i < 2; i++) {
            WaitForAsyncUtils.sleep(250, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(() -> window.briefing().isSettled()).get());
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int[] pixels(Image img) {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] out = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), out, 0, w);
        return out;
    }

    /** The share of dark pixels: text on the page. */
    private static double inkShare(Image img) {
        PixelReader r = img.getPixelReader();
        int dark = 0;
        int n = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                if (r.getColor(x, y).getBrightness() < 0.5) dark++;
                n++;
            }
        }
        return (double) dark / n;
    }
}
