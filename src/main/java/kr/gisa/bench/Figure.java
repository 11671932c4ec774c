package kr.gisa.bench;

/**
 * One whole-program figure beside its bare baseline, measured in the same run.
 * {@code ratio} is always gisa ÷ bare: above 1 means Gisa takes more time, memory or disk — or, for
 * throughput, that it is faster. {@code met} is null when the figure has no goal or the goal applies
 * to another library size.
 */
public record Figure(String key, String label, String unit, double gisa, double bare, double ratio,
                     String goal, Boolean met, String note) {

    static Figure of(String key, String label, String unit, double gisa, double bare, String goal, Boolean met,
                     String note) {
        double ratio = bare == 0 ? Double.NaN : gisa / bare;
        return new Figure(key, label, unit, gisa, bare, ratio, goal, met, note);
    }
}
