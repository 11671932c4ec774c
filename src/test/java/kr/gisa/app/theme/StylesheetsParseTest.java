package kr.gisa.app.theme;

import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * JavaFX only logs CSS syntax errors and keeps going with the rules it could read, so a broken
 * stylesheet (say, an unclosed block after a merge) leaves a window half-styled while every other
 * test passes. This parses each window stylesheet (briefing.css is web CSS for the HTML export) and
 * fails on any error.
 */
class StylesheetsParseTest {

    @ParameterizedTest
    @ValueSource(strings = {"reader.css", "light.css", "dark.css", "sepia.css"})
    void parsesWithoutErrors(String name) throws Exception {
        URL url = getClass().getResource("/styles/" + name);
        assertNotNull(url, name + " is on the class path");
        CssParser.errorsProperty().clear();
        new CssParser().parse(url);
        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertEquals(List.of(), errors);
    }

    /** JavaFX loads the binary form when there is one (BinaryStyles, at process-classes): it must be this sheet's. */
    @ParameterizedTest
    @ValueSource(strings = {"reader.css", "light.css", "dark.css", "sepia.css"})
    void theBinaryFormBesideItIsThisSheets(String name, @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        URL css = getClass().getResource("/styles/" + name), bss = getClass().getResource("/styles/" + name.replace(".css", ".bss"));
        assertNotNull(bss, name + ": the binary form is built by mvn process-classes");
        java.io.File fresh = tmp.resolve("fresh.bss").toFile();
        Stylesheet.convertToBinary(new java.io.File(css.toURI()), fresh);
        try (java.io.InputStream in = bss.openStream()) {
            assertTrue(java.util.Arrays.equals(java.nio.file.Files.readAllBytes(fresh.toPath()), in.readAllBytes()),
                    name + ": the .bss on the class path is stale; mvn process-classes rebuilds it");
        }
        assertTrue(Stylesheet.loadBinary(bss).getRules().size() > 3);
    }
}
