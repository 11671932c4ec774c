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
