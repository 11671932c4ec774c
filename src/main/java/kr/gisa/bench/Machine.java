package kr.gisa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the figures were measured on: they mean little without it. */
final class Machine {

    private Machine() {
    }

    static Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpu", cpuModel());
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("memoryGB", memoryGb());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("java", "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        return m;
    }

    /** The 1-, 5- and 15-minute load averages, as uptime prints them; "?" off Linux. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) return line.substring(line.indexOf(':') + 1).strip();
            }
        } catch (IOException | RuntimeException e) {
            // below
        }
        return System.getProperty("os.arch");
    }

    private static long memoryGb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) return Math.round(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1048576.0);
            }
        } catch (IOException | RuntimeException e) {
            // below
        }
        return 0;
    }
}
