package kr.gisa.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import kr.gisa.core.store.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The whole-program figures of one run, with the machine and corpus they came from. */
public record BenchReport(Map<String, Object> machine, Map<String, Object> corpus, List<Figure> figures,
                          double seconds) {

    public BenchReport {
        machine = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(machine));
        corpus = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(corpus));
        figures = List.copyOf(figures);
    }

    public Figure figure(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
    }

    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("machine", machine);
        root.put("corpus", corpus);
        List<Map<String, Object>> fs = new ArrayList<>();
        for (Figure f : figures) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", f.key());
            m.put("label", f.label());
            m.put("unit", f.unit());
            m.put("gisa", round(f.gisa()));
            m.put("bare", round(f.bare()));
            m.put("ratio", round(f.ratio()));
            m.put("goal", f.goal());
            m.put("met", f.met());
            m.put("note", f.note());
            fs.add(m);
        }
        root.put("figures", fs);
        root.put("seconds", round(seconds));
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Numbers with three significant decimals; NaN (no baseline) as null. */
    private static Double round(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return null;
        return Math.round(v * 1000) / 1000.0;
    }

    public String toMarkdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("Gisa benchmark: ").append(corpus.get("articles")).append(" articles, ")
                .append(String.format(Locale.ROOT, "%.1f", ((Number) corpus.get("textMB")).doubleValue()))
                .append(" MB of text; ").append(machine.get("cpu")).append(", ").append(machine.get("cores"))
                .append(" cores, load ").append(machine.get("loadBefore")).append(" → ").append(machine.get("loadAfter"))
                .append("; ").append(machine.get("java")).append("; ")
                .append(String.format(Locale.ROOT, "%.0f s", seconds)).append("\n\n");
        sb.append("| figure | Gisa | bare | Gisa ÷ bare | goal | met |\n");
        sb.append("|---|---:|---:|---:|---|---|\n");
        for (Figure f : figures) {
            sb.append("| ").append(f.label()).append(" (").append(f.unit()).append(") | ")
                    .append(num(f.gisa())).append(" | ").append(num(f.bare())).append(" | ")
                    .append(Double.isNaN(f.ratio()) ? "–" : String.format(Locale.ROOT, "%.2f", f.ratio())).append(" | ")
                    .append(f.goal() == null ? "" : f.goal()).append(" | ")
                    .append(f.met() == null ? "–" : f.met() ? "yes" : "**no**").append(" |\n");
        }
        List<String> notes = figures.stream().filter(f -> f.note() != null && !f.note().isBlank())
                .map(f -> "- " + f.label() + ": " + f.note()).toList();
        if (!notes.isEmpty()) sb.append('\n').append(String.join("\n", notes)).append('\n');
        return sb.toString();
    }

    private static String num(double v) {
        if (Double.isNaN(v)) return "–";
        if (Math.abs(v) >= 100) return String.format(Locale.ROOT, "%,.0f", v);
        if (Math.abs(v) >= 10) return String.format(Locale.ROOT, "%.1f", v);
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** Writes bench.json and bench.md into {@code dir}. */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        AtomicFiles.write(dir.resolve("bench.json"), toJson().getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(dir.resolve("bench.md"), toMarkdown().getBytes(StandardCharsets.UTF_8));
    }
}
