package kr.gisa.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a probe in a fresh JVM with this process's class path (gisa.jar, or the build's classes), so
 * start-up and memory are measured as a user's {@code java -jar} would see them. A probe prints
 * {@code key=value} lines; anything else on its output is ignored.
 */
final class ChildJvm {

    private ChildJvm() {
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** This JVM's class path with absolute entries, so a child started elsewhere finds it too. */
    static String classPath() {
        return String.join(File.pathSeparator, Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(s -> !s.isBlank()).map(s -> Path.of(s).toAbsolutePath().toString()).toList());
    }

    /**
     * Runs {@code mainClass} with {@code jvmOptions} and {@code args}; returns its key=value lines.
     *
     * @throws IOException when it cannot start, fails, or runs past {@code timeoutSeconds}
     */
    static Map<String, String> run(List<String> jvmOptions, String mainClass, List<String> args, Path workDir,
                                   int timeoutSeconds) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBinary());
        cmd.addAll(jvmOptions);
        int launchedAt = cmd.size();
        cmd.add("");
        cmd.add("-cp");
        cmd.add(classPath());
        cmd.add(mainClass);
        cmd.addAll(args);
        Path log = Files.createTempFile(workDir, "probe", ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().remove("DISPLAY"); // Monocle headless: never a real window
        pb.environment().remove("WAYLAND_DISPLAY");
        // The moment of launch, for probes that time from it (the OS's process start time is only
        // known to the second on Linux: it is counted from the boot time in whole seconds).
        cmd.set(launchedAt, "-Dgisa.launchedAt=" + System.currentTimeMillis());
        Process p = pb.start();
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(mainClass + " " + args + " did not finish in " + timeoutSeconds + " s");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0 && line.substring(0, eq).matches("[a-z_]+")) values.put(line.substring(0, eq), line.substring(eq + 1).strip());
        }
        if (p.exitValue() != 0 || values.isEmpty()) {
            String tail = out.length() > 600 ? out.substring(out.length() - 600) : out;
            throw new IOException(mainClass + " " + args + " failed (exit " + p.exitValue() + "): " + tail.strip());
        }
        return values;
    }

    /** Peak and current resident set size of this process in kB, from /proc/self/status (0 elsewhere). */
    static long[] residentKb() {
        long hwm = 0, rss = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) hwm = kb(line);
                if (line.startsWith("VmRSS:")) rss = kb(line);
            }
        } catch (IOException e) {
            // not Linux: reported as 0 with a note by the caller
        }
        return new long[]{hwm, rss};
    }

    private static long kb(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
}
