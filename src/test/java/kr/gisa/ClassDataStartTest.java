package kr.gisa;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The class-data start runs a child JVM: the first run records an archive, later runs map it, the
 * exit code passes through, and a failed run leaves no archive. The child here is javac from a copy of
 * a small jar (any main class reachable from the class path does; javac's is in every JDK).
 */
class ClassDataStartTest {

    private static final String JAVAC = "com.sun.tools.javac.Main";

    @TempDir
    Path dir;

    private Path jar() throws IOException {
        Path source = Path.of(picocli.CommandLine.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path jar = dir.resolve("app.jar");
        Files.copy(source, jar);
        return jar;
    }

    private static List<Path> archives(Path cds) throws IOException {
        if (!Files.isDirectory(cds)) return List.of();
        try (Stream<Path> s = Files.list(cds)) {
            return s.sorted().toList();
        }
    }

    @Test
    void recordsOnceThenMapsTheArchiveAndPassesTheExitCodeOn() throws IOException {
        Path jar = jar(), cds = dir.resolve("cds");
        assertEquals(0, ClassDataStart.run(jar, cds, List.of("-Xmx64m"), JAVAC, List.of("-version")));
        List<Path> recorded = archives(cds);
        assertEquals(1, recorded.size(), recorded.toString());
        assertEquals(ClassDataStart.archiveName(jar), recorded.get(0).getFileName().toString());
        assertTrue(Files.size(recorded.get(0)) > 0);

        assertEquals(0, ClassDataStart.run(jar, cds, List.of(), JAVAC, List.of("-version")));
        assertEquals(recorded, archives(cds)); // mapped, not recorded again
        assertEquals(2, ClassDataStart.run(jar, cds, List.of(), JAVAC, List.of("--no-such-option")));
    }

    @Test
    void aRebuiltJarRecordsAnewAndOldArchivesAndLeftRecordingsGo() throws IOException {
        Path jar = jar(), cds = dir.resolve("cds");
        assertEquals(0, ClassDataStart.run(jar, cds, List.of(), JAVAC, List.of("-version")));
        String first = ClassDataStart.archiveName(jar);
        Files.writeString(cds.resolve("gisa-0000000000000000.jsa.12345.tmp"), "a killed start's recording");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        assertNotEquals(first, ClassDataStart.archiveName(jar));
        assertEquals(0, ClassDataStart.run(jar, cds, List.of(), JAVAC, List.of("-version")));
        assertEquals(List.of(cds.resolve(ClassDataStart.archiveName(jar))), archives(cds));
    }

    @Test
    void aFailedFirstRunKeepsNoArchive() throws IOException {
        Path jar = jar(), cds = dir.resolve("cds");
        assertEquals(2, ClassDataStart.run(jar, cds, List.of(), JAVAC, List.of("--no-such-option")));
        assertEquals(List.of(), archives(cds));
    }

    @Test
    void theWindowJvmCompilesWithC2LaterUnlessTheUserChoseTheCompilers() throws Exception {
        assertEquals(ClassDataStart.LATER_C2, ClassDataStart.jitOptions(List.of("-Xmx512m", "-Dgisa.cds.child=x")));
        assertEquals(List.of(), ClassDataStart.jitOptions(List.of("-XX:TieredStopAtLevel=1")));
        assertEquals(List.of(), ClassDataStart.jitOptions(List.of("-XX:-TieredCompilation")));
        assertEquals(List.of(), ClassDataStart.jitOptions(List.of("-Xint")));
        // The child runs with IgnoreUnrecognizedVMOptions, which would hide a misspelt flag: this JVM takes them.
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(ClassDataStart.LATER_C2);
        cmd.addAll(List.of("-XX:+PrintFlagsFinal", "-version"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String flags = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), flags);
        for (String option : ClassDataStart.LATER_C2) {
            String[] nameValue = option.substring("-XX:".length()).split("=");
            assertTrue(flags.matches("(?s).*\\b" + nameValue[0] + "\\s+= " + nameValue[1] + "\\b.*"), option);
        }
    }

    /**
     * Every start of the window passes through the launcher JVM, so its path to the window's JVM stays
     * free of what costs tens of ms the first time in a JVM: lambdas and method references (the
     * invokedynamic machinery), String.format and regular expressions. Measured: 100 → 57 ms.
     */
    @Test
    void theLauncherStartsTheWindowJvmWithoutLambdasOrFormatters() throws Exception {
        Path jar = dir.resolve("launcher.jar"), classes = Path.of(ClassDataStart.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI());
        Path testClasses = Path.of(LauncherPathProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            for (Path base : List.of(classes, testClasses)) {
                try (Stream<Path> files = Files.walk(base.resolve("kr/gisa"), 1)) {
                    for (Path f : files.filter(f -> f.getFileName().toString().matches("(ClassDataStart|LauncherPathProbe).*\\.class")).toList()) {
                        out.putNextEntry(new java.util.jar.JarEntry("kr/gisa/" + f.getFileName()));
                        out.write(Files.readAllBytes(f));
                    }
                }
            }
            Path index = classes.resolve("kr/gisa/core/search/IndexLocation.class");
            out.putNextEntry(new java.util.jar.JarEntry("kr/gisa/core/search/IndexLocation.class"));
            out.write(Files.readAllBytes(index));
        }
        Path logs = Files.createDirectories(dir.resolve("logs")); // %p: the child (given the same options) logs apart
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load:file=" + logs.resolve("classes-%p.log"), "-Dglass.platform=Monocle", "-Dgisa.cache.dir=" + dir.resolve("cache"),
                "-cp", jar.toString(), LauncherPathProbe.class.getName()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        assertTrue(output.contains("javac"), "the child ran: " + output);
        List<String> loaded = List.of();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path f : files.toList()) {
                List<String> lines = Files.readAllLines(f);
                if (lines.stream().anyMatch(l -> l.contains(" kr.gisa.LauncherPathProbe "))) loaded = lines;
            }
        }
        int from = -1, to = -1;
        for (int i = 0; i < loaded.size(); i++) {
            if (from < 0 && loaded.get(i).contains(" kr.gisa.LauncherPathProbe ")) from = i;
            if (from >= 0 && loaded.get(i).contains(" java.lang.ProcessBuilder ")) {
                to = i;
                break;
            }
        }
        assertTrue(from >= 0 && to > from, "the log shows the probe, then ProcessBuilder");
        for (String line : loaded.subList(from, to)) {
            assertFalse(line.contains("$$Lambda") && line.contains("kr.gisa"), line);
            assertFalse(line.contains(" java.util.Formatter ") || line.contains(" java.util.regex.Pattern "), line);
        }
    }

    @Test
    void onlyForOneJarOnHotSpotOutsideTheChildUnlessTurnedOff() throws IOException {
        Path jar = jar();
        String vm = "OpenJDK 64-Bit Server VM";
        assertEquals(jar, ClassDataStart.applicableJar(jar.toString(), vm, false, null));
        assertNull(ClassDataStart.applicableJar(jar.toString(), vm, true, null));     // the child itself
        assertNull(ClassDataStart.applicableJar(jar.toString(), vm, false, "false")); // -Dgisa.cds=false
        assertNull(ClassDataStart.applicableJar(jar.toString(), "Eclipse OpenJ9 VM", false, null));
        assertNull(ClassDataStart.applicableJar(dir.toString(), vm, false, null)); // class folders (mvn javafx:run)
        assertNull(ClassDataStart.applicableJar(jar + java.io.File.pathSeparator + jar, vm, false, null));
        assertNull(ClassDataStart.applicableJar(dir.resolve("gone.jar").toString(), vm, false, null));
        // the tests themselves run from class folders: no child
        assertEquals(-1, ClassDataStart.run(JAVAC, new String[]{"-version"}));
    }

    @Test
    void theChildGetsTheLaunchersJvmOptionsButNotItsClassPath() {
        assertEquals(List.of("-Xmx512m", "-Dgisa.config.dir=/x y", "--add-opens", "java.base/java.lang=ALL-UNNAMED"),
                ClassDataStart.jvmOptions(List.of("-Xmx512m", "-Dgisa.config.dir=/x y", "--add-opens",
                        "java.base/java.lang=ALL-UNNAMED", "-jar", "gisa.jar", "--library", "articles")));
        assertEquals(List.of("-Da=1"), ClassDataStart.jvmOptions(List.of("-Da=1", "-cp", "gisa.jar", "kr.gisa.Launcher", "-Db=2")));
        assertEquals(List.of(), ClassDataStart.jvmOptions(List.of("-jar", "gisa.jar")));
        // this JVM's own options come through (surefire starts it with some)
        assertTrue(ClassDataStart.jvmOptions().stream().noneMatch(o -> o.equals("-jar") || o.equals("-cp")));
    }
}
