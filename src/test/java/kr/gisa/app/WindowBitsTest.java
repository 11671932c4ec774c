package kr.gisa.app;

import kr.gisa.app.i18n.Messages;
import kr.gisa.app.settings.Settings;
import kr.gisa.app.settings.SettingsStore;
import kr.gisa.cli.GisaCli;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window's non-visual parts: options, settings, bundles, shortcut table. */
class WindowBitsTest {

    @TempDir
    Path tmp;

    @Test
    void windowOptions() {
        WindowOptions o = WindowOptions.parse("--library", "lib", "--article=abc");
        assertEquals(Path.of("lib"), o.library());
        assertEquals("abc", o.article());
        assertEquals(Path.of("articles"), WindowOptions.parse().library());
        assertNull(WindowOptions.parse().article());
        assertThrows(IllegalArgumentException.class, () -> WindowOptions.parse("--library"));
        assertThrows(IllegalArgumentException.class, () -> WindowOptions.parse("--zoom", "2"));
    }

    @Test
    void launcherSendsWindowOptionsToTheWindow() {
        assertTrue(GisaCli.opensWindow(new String[]{}));
        assertTrue(GisaCli.opensWindow(new String[]{"--library", "my lib", "--article", "bf9a324c4ffb7aac"}));
        assertTrue(GisaCli.opensWindow(new String[]{"--library=x"}));
        assertFalse(GisaCli.opensWindow(new String[]{"show", "x"}));
        assertFalse(GisaCli.opensWindow(new String[]{"--library", "x", "snapshot"}));
        assertFalse(GisaCli.opensWindow(new String[]{"--help"}));
    }

    @Test
    void settingsRoundTripAtomicallyAndSurviveDamage() throws IOException {
        SettingsStore store = new SettingsStore(tmp.resolve("cfg"));
        assertEquals(Settings.defaults(), store.load());
        Settings s = Settings.defaults().withTheme("sepia").withZoom(1.25).withSize(1000, 700)
                .withLocale("en").withLastArticle("abc");
        assertTrue(store.save(s));
        assertEquals(s, store.load());
        try (var files = Files.list(tmp.resolve("cfg"))) {
            assertEquals(1, files.count(), "no temp files left behind");
        }
        Files.writeString(store.file(), "{ not json");
        assertEquals(Settings.defaults(), store.load());
        Files.writeString(store.file(), "{\"zoom\": 99, \"width\": -5, \"future\": true}");
        Settings clamped = store.load();
        assertEquals(Settings.MAX_ZOOM, clamped.zoom());
        assertEquals(Settings.DEFAULT_WIDTH, clamped.width());
    }

    @Test
    void configDirFollowsTheSystemProperty() {
        String prop = System.getProperty("gisa.config.dir");
        assertNotNull(prop, "surefire points gisa.config.dir into target/");
        assertEquals(Path.of(prop), SettingsStore.configDir());
    }

    @Test
    void bothLanguagesHaveEveryKey() throws IOException {
        Properties ko = load("messages_ko.properties");
        Properties en = load("messages_en.properties");
        assertEquals(ko.keySet(), en.keySet());
        for (KeyBindings.Binding b : KeyBindings.all()) assertTrue(ko.containsKey(b.helpKey()), b.helpKey());
        assertEquals("목차", Messages.forTag("ko").get("outline.title"));
        assertEquals("Contents", Messages.forTag("en").get("outline.title"));
        assertEquals("Contents", Messages.forTag("fr-FR").locale().getLanguage().equals("ko")
                ? "Contents" : Messages.forTag("fr-FR").get("outline.title"));
    }

    @Test
    void queryProblemsAndNotesAreShownInTheWindowsLanguage() {
        for (kr.gisa.core.search.QueryProblem p : kr.gisa.core.search.QueryProblem.values()) {
            String core = p.text("은");
            String ko = Messages.forTag("ko").queryError(core);
            assertTrue(ko.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3) && !ko.equals(core), p + ": " + ko);
            if (core.contains("은")) assertTrue(ko.contains("은"), p + " keeps its argument: " + ko);
            assertTrue(Messages.forTag("en").queryError(core).equalsIgnoreCase(core), p + " in English is the core's line");
        }
        assertEquals("cannot read the search index: disk full", Messages.forTag("ko").queryError("cannot read the search index: disk full"));
        for (kr.gisa.core.search.QueryNote n : kr.gisa.core.search.QueryNote.values()) {
            String core = n.text("32");
            String ko = Messages.forTag("ko").queryNote(core);
            assertTrue(!ko.equals(core) && (!core.contains("32") || ko.contains("32")), n + ": " + ko);
            assertTrue(Messages.forTag("en").queryNote(core).equalsIgnoreCase(core), n + " in English is the core's line");
        }
        assertEquals("the index is read-only", Messages.forTag("ko").queryNote("the index is read-only"));
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = WindowBitsTest.class.getResourceAsStream("/kr/gisa/app/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void noTwoShortcutsShareAKey() {
        Set<KeyCombination> seen = new HashSet<>();
        for (KeyBindings.Binding b : KeyBindings.all()) {
            for (KeyCombination k : b.keys()) assertTrue(seen.add(k), "duplicate shortcut " + k);
        }
    }
}
