package kr.gisa.app.briefing;

import javafx.print.Printer;
import javafx.scene.image.WritableImage;
import kr.gisa.app.i18n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The real printer path on a machine without a printer (this one, and CI): a result, not a crash. */
class FxSystemDialogsTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void noPrinterIsAnOutcome() throws Exception {
        SystemDialogs.PrintResult r = WaitForAsyncUtils.asyncFx(() -> {
            // Where a printer exists its dialog would wait for a person: nothing to check here then.
            if (Printer.getDefaultPrinter() != null) return null;
            return new FxSystemDialogs(() -> Messages.forTag("en")).print(null, new WritableImage(10, 14), 595, "t");
        }).get();
        assumeTrue(r != null, "a printer is installed");
        assertEquals(SystemDialogs.Outcome.NO_PRINTER, r.outcome());
    }
}
