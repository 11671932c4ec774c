package kr.gisa.app.theme;

import javafx.css.CssParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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
}
