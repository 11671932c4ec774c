package kr.gisa.app.briefing;

import kr.gisa.testing.Seed;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File names from the export dialog, and the name it suggests. */
class ExportFormatTest {

    @Test
    void aKnownExtensionWinsAnyOtherGetsTheFilters() {
        assertEquals(Path.of("/x/brief.pdf"), ExportFormat.withExtension(Path.of("/x/brief"), ExportFormat.PDF));
        assertEquals(Path.of("/x/brief.md"), ExportFormat.withExtension(Path.of("/x/brief.md"), ExportFormat.PDF));
        assertEquals(Path.of("/x/v1.2.html"), ExportFormat.withExtension(Path.of("/x/v1.2"), ExportFormat.HTML));
        assertEquals(Path.of("/x/b.HTM"), ExportFormat.withExtension(Path.of("/x/b.HTM"), ExportFormat.JSON));
        assertEquals(ExportFormat.MARKDOWN, ExportFormat.ofFile(Path.of("a.markdown")));
        assertEquals(ExportFormat.JSON, ExportFormat.ofFile(Path.of("a.JSON")));
        assertNull(ExportFormat.ofFile(Path.of("a.txt")));
        for (ExportFormat f : ExportFormat.values()) {
            assertEquals(f.extension(), f.exporter().extension(), "the core writes what the name says");
        }
    }

    @Test
    void theSuggestedNameIsTheTitleWithoutUnsafeCharacters() {
        String name = BriefingController.suggestedName(Seed.article());
        assertTrue(name.startsWith("엔비디아 GPU 26만장"), name);
        assertTrue(name.endsWith(" - briefing"), name);
        assertTrue(name.length() <= 52, name);
        assertFalse(name.matches(".*[\\\\/:*?\"<>|].*"), name);
    }
}
