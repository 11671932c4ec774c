package kr.gisa;

import kr.gisa.core.search.IndexLocation;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Starts the window in a JVM that maps Gisa's classes from a class-data archive (HotSpot AppCDS).
 * A cold start of the reader loads about 5,500 classes; parsing and verifying them from the jar was a
 * third of it. Mapped from an archive they cost almost nothing. Java 17 cannot create or use an
 * archive for a JVM already running, so {@code java -jar gisa.jar} starts a second JVM with it and
 * waits for it: the first start records the archive when the window closes
 * ({@code -XX:ArchiveClassesAtExit}), every later start maps it ({@code -XX:SharedArchiveFile}).
 *
 * <p>The archive sits in the cache folder ({@link IndexLocation#cacheRoot()}/cds), named by the jar
 * and the Java runtime, so a rebuilt jar or another JDK records a new one (older ones are deleted).
 * Not used when Gisa runs from class folders (mvn javafx:run: CDS archives classes from jars only), on
 * a JVM other than HotSpot, inside the child itself, or with {@code -Dgisa.cds=false}. A mismatched
 * or damaged archive is ignored by the JVM ({@code -Xshare:auto}): the start is then only slower.
 */
public final class ClassDataStart {

    /** Set on the child JVM, so it does not start another. */
    static final String CHILD = "gisa.cds.child";
    static final String DISABLE = "gisa.cds";

    private ClassDataStart() {
    }

    /**
     * Runs {@code mainClass} with {@code args} in a child JVM using the archive and returns its exit
     * code; -1 when that does not apply here or the child cannot start (the caller then runs in this JVM).
     */
    public static int run(String mainClass, String[] args) {
        Path jar = applicableJar();
        if (jar == null || noDisplay()) return -1; // no window can open: this JVM says so at once
        return run(jar, IndexLocation.cacheRoot().resolve("cds"),
                jvmOptions(), mainClass, List.of(args));
    }

    /** {@link #run(String, String[])} from {@code jar} with archives in {@code dir}, passing {@code jvmOptions} on. */
    static int run(Path jar, Path dir, List<String> jvmOptions, String mainClass, List<String> args) {
        Path archive = dir.resolve(archiveName(jar));
        boolean record = !Files.isRegularFile(archive);
        Path recording = null;
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(jitOptions(jvmOptions));
        cmd.add("-D" + CHILD + "=true"); // a constant: no string concatenation at run time
        cmd.add("-XX:+IgnoreUnrecognizedVMOptions");
        cmd.add("-Xshare:auto");
        cmd.add("-Xlog:cds=off");
        cmd.add("-Xlog:cds+dynamic=off");
        if (record) {
            try {
                Files.createDirectories(dir);
                recording = dir.resolve(archive.getFileName().toString().concat(".")
                        .concat(Long.toString(ProcessHandle.current().pid())).concat(".tmp"));
                cmd.add("-XX:ArchiveClassesAtExit=".concat(recording.toString()));
            } catch (IOException e) {
                return -1; // an unwritable cache: no archive ever, so no second JVM either
            }
        } else {
            cmd.add("-XX:SharedArchiveFile=".concat(archive.toString()));
        }
        cmd.add("-cp");
        cmd.add(jar.toString());
        cmd.add(mainClass);
        cmd.addAll(args);
        Process child;
        try {
            child = new ProcessBuilder(cmd).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        Thread stop = new Thread(new Runnable() { // a parent killed takes its child along
            @Override
            public void run() {
                child.destroy();
            }
        }, "gisa-cds-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        int code;
        try {
            code = child.waitFor();
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            return 130;
        }
        if (recording != null) keep(recording, archive, code == 0);
        return code;
    }

    /**
     * The window JVM compiles with C2 (HotSpot's optimising compiler) only what stays hot: methods
     * called 100,000 times, loops run 1,000,000 times (defaults 5,000 and 40,000). A start runs a great
     * deal of code a few thousand times each (CSS matching, layout, JSON, fonts); C2 compiled some 270
     * such methods in the first second, a core's worth of CPU on a 2-core machine, for code that then
     * never ran again. Measured: first painted article 1,450 → 1,100 ms; search, index build and PDF
     * in a JVM with the same options as fast as without (README, Performance).
     */
    static final List<String> LATER_C2 = List.of("-XX:Tier4InvocationThreshold=100000",
            "-XX:Tier4MinInvocationThreshold=100000", "-XX:Tier4CompileThreshold=100000",
            "-XX:Tier4BackEdgeThreshold=1000000");

    /** {@link #LATER_C2}, unless the user chose the compilers themselves among {@code jvmOptions}. */
    static List<String> jitOptions(List<String> jvmOptions) {
        for (String o : jvmOptions) {
            if (o.startsWith("-XX:Tier") || o.contains("TieredCompilation") || o.startsWith("-Xint")
                    || o.startsWith("-Xcomp") || o.startsWith("-XX:CompileThreshold")) return List.of();
        }
        return LATER_C2;
    }

    /** Linux without a display and without Monocle (glass.platform), as {@code GisaApp.missingDisplay} sees it. */
    static boolean noDisplay() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) return false;
        if (System.getProperty("glass.platform") != null) return false;
        return isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The jar this JVM runs from, when an archive can be used for it; else null. */
    static Path applicableJar() {
        return applicableJar(System.getProperty("java.class.path", ""), System.getProperty("java.vm.name", ""),
                Boolean.getBoolean(CHILD), System.getProperty(DISABLE));
    }

    static Path applicableJar(String classPath, String vmName, boolean child, String disable) {
        if (child || "false".equalsIgnoreCase(disable)) return null;
        if (!vmName.contains("HotSpot") && !vmName.contains("OpenJDK")) return null;
        if (classPath.isBlank() || classPath.contains(java.io.File.pathSeparator)) return null;
        Path jar = Path.of(classPath).toAbsolutePath();
        return classPath.toLowerCase(Locale.ROOT).endsWith(".jar") && Files.isRegularFile(jar) ? jar : null;
    }

    /**
     * gisa-<hash of the jar's path, size and time, and the runtime>.jsa. A CRC and a string hash, not
     * SHA-256: this runs in the launcher JVM on every start, and the first MessageDigest costs 35 ms
     * there; the JVM itself checks that an archive matches its jar and runtime.
     */
    static String archiveName(Path jar) {
        StringBuilder key = new StringBuilder(jar.toString());
        try {
            key.append('|').append(Files.size(jar)).append('|').append(Files.getLastModifiedTime(jar).toMillis())
                    .append('|').append(System.getProperty("java.home")).append('|').append(System.getProperty("java.vm.version"));
        } catch (IOException e) {
            // the path alone
        }
        CRC32 crc = new CRC32();
        crc.update(key.toString().getBytes(StandardCharsets.UTF_8));
        return new StringBuilder("gisa-").append(hex8(crc.getValue())).append(hex8(key.toString().hashCode() & 0xffffffffL))
                .append(".jsa").toString();
    }

    private static String hex8(long v) {
        String h = Long.toHexString(v);
        return "00000000".substring(h.length()).concat(h);
    }

    /**
     * The options this JVM was started with, to start the child alike (heap, system properties), read
     * from the command line (/proc) — the management API that gives them costs 30 ms to load; it is
     * the fallback. Everything before the class path or jar and the main class.
     */
    static List<String> jvmOptions() {
        java.util.Optional<String[]> all = ProcessHandle.current().info().arguments();
        return all.isPresent() ? jvmOptions(List.of(all.get())) : ManagementFactory.getRuntimeMXBean().getInputArguments();
    }

    static List<String> jvmOptions(List<String> commandLine) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < commandLine.size(); i++) {
            String a = commandLine.get(i);
            if (a.equals("-jar") || !a.startsWith("-")) break;
            if (a.equals("-cp") || a.equals("-classpath") || a.equals("--class-path")) {
                i++; // the class path is the jar's, given anew
                continue;
            }
            out.add(a);
            if (VALUED.contains(a) && i + 1 < commandLine.size()) out.add(commandLine.get(++i));
        }
        return out;
    }

    /** Launcher options whose value is the next word. */
    private static final java.util.Set<String> VALUED = java.util.Set.of("-p", "--module-path", "--upgrade-module-path",
            "--add-modules", "--limit-modules", "--add-reads", "--add-exports", "--add-opens", "--patch-module",
            "--enable-native-access", "--source");

    /** Moves a recorded archive in place (atomically) and deletes older ones; a failed run's is dropped. */
    private static void keep(Path recording, Path archive, boolean ok) {
        try {
            if (!ok || !Files.isRegularFile(recording) || Files.size(recording) == 0) {
                Files.deleteIfExists(recording);
                return;
            }
            Files.move(recording, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            // Older archives (another jar or runtime) and recordings a killed start left behind.
            try (DirectoryStream<Path> old = Files.newDirectoryStream(archive.getParent(), "gisa-*.{jsa,tmp}")) {
                for (Path p : old) if (!p.equals(archive)) Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // the cache is only a speed-up: the next start records again
        }
    }
}
