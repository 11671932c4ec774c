package kr.gisa.app;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start-up class list still names the classes the window uses (regenerate with .ci/preload-list). */
class PreloadTest {

    @Test
    void theListIsCurrent() throws IOException {
        String list;
        try (InputStream in = Preload.class.getResourceAsStream(Preload.LIST)) {
            assertNotNull(in, "preload.txt is on the class path");
            list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        long names = list.lines().filter(l -> !l.isBlank()).count();
        assertTrue(list.contains("kr.gisa.app.MainWindow") && list.contains("javafx.scene.control.skin.ListViewSkin"),
                "the list holds the window's own classes and the controls' skins");
        int loaded = Preload.run();
        assertTrue(loaded >= names * 0.95, loaded + " of " + names + " listed classes exist: run .ci/preload-list");
    }
}
