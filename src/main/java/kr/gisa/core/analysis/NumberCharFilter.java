package kr.gisa.core.analysis;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes numbers one way before Nori sees them: 26만, 260,000 and 260000 all become 260000, and
 * 6만5000 becomes 65000. Nori segments 26만장 (26 + 만장) differently from 26만장을 (26만 + 장 + 을);
 * rewriting first makes both 260000 + 장. Only digits with Korean units or thousands separators
 * are touched: Sino-Korean words (이, 일, 삼…) are never read as numbers, unlike Lucene's
 * KoreanNumberFilter which turns the copula 이 into 2. Native number words before a counter are
 * (세 명 → 3 명, 두 배 → 2 배), so 3명 and 세 명 find each other.
 */
final class NumberCharFilter extends RewritingCharFilter {

    /** Digits (maybe comma-grouped, maybe decimal), then any Korean units each maybe followed by digits. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])\\d[\\d,]*(?:\\.\\d+)?(?:[천만억조][\\d,]*)*");
    /**
     * A native Korean number word standing before a counter (세 명, 두 배로, 다섯 곳에서), as a word of its
     * own: 한국, 세계 or 한 장관 are never read as numbers, only 한/두/세… followed by a counter that
     * ends there or takes a particle.
     */
    private static final Pattern NATIVE = Pattern.compile("(?<![가-힣])(한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|스무)"
            + "(?=\\s?(?:배|명|곳|개|개월|개국|개사|차례|번|번째|가지|건|척|대|채|권|마리|그루|잔|병|장|살|달|해|층|군데|종|시간|주|주일)"
            + "(?:이다|였다|이었다|입니다|이며|이고|인|이|가|을|를|은|는|의|에|에게|에서|에는|에도|로|으로|로는|으로는|와|과|도"
            + "|만|만큼|씩|째|까지|부터|나|이나|쯤|가량|뿐)?(?![가-힣]))");
    private static final java.util.Map<String, String> NATIVE_VALUES = java.util.Map.ofEntries(
            java.util.Map.entry("한", "1"), java.util.Map.entry("두", "2"), java.util.Map.entry("세", "3"),
            java.util.Map.entry("네", "4"), java.util.Map.entry("다섯", "5"), java.util.Map.entry("여섯", "6"),
            java.util.Map.entry("일곱", "7"), java.util.Map.entry("여덟", "8"), java.util.Map.entry("아홉", "9"),
            java.util.Map.entry("열", "10"), java.util.Map.entry("스무", "20"));
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");

    NumberCharFilter(Reader in) {
        super(in);
    }

    @Override
    protected void rewrite(String text, Out out) {
        Matcher m = NUMBER.matcher(text);
        Matcher nat = NATIVE.matcher(text);
        boolean digits = m.find();
        boolean words = nat.find();
        int last = 0;
        while (digits || words) { // the two kinds in text order; each matcher moves on only once passed
            Matcher first = !words || digits && m.start() < nat.start() ? m : nat;
            int start = first.start();
            int end = first.end();
            String value;
            if (first == m) {
                while (text.charAt(end - 1) == ',') end--; // "5만, 6만": the comma is punctuation
                value = value(text.substring(start, end));
            } else {
                value = NATIVE_VALUES.get(nat.group(1)); // 세 명 → 3 명: finds 3명, and 3명 finds it
            }
            if (value != null) {
                out.copy(text, last, start);
                out.replace(start, end, value);
                last = end;
            }
            if (digits && m.start() < end) digits = m.find(end);
            if (words && nat.start() < end) words = nat.find(end);
        }
        out.copy(text, last, text.length());
    }

    /** The plain decimal value of a number written with commas and Korean units, or null. */
    static String value(String s) {
        boolean units = s.chars().anyMatch(c -> "천만억조".indexOf(c) >= 0);
        for (String run : s.split("[천만억조]")) {
            if (run.indexOf(',') >= 0 && !GROUPED.matcher(run).matches()) return null; // 1,2345 is not a number
        }
        if (!units && s.indexOf(',') < 0) return null; // plain digits stay as written
        BigDecimal total = BigDecimal.ZERO;   // sum of completed 만/억/조 groups
        BigDecimal group = BigDecimal.ZERO;   // thousands inside the current group
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '\0';
            if (Character.isDigit(c) || c == '.') {
                digits.append(c);
                continue;
            }
            if (c == ',') continue;
            BigDecimal n = digits.length() == 0 ? null : parse(digits.toString());
            if (digits.length() > 0 && n == null) return null;
            digits.setLength(0);
            switch (c) {
                case '천' -> group = group.add((n == null ? BigDecimal.ONE : n).scaleByPowerOfTen(3));
                case '만', '억', '조' -> {
                    BigDecimal g = group.add(n == null ? BigDecimal.ZERO : n);
                    if (g.signum() == 0) g = BigDecimal.ONE;
                    int power = c == '만' ? 4 : c == '억' ? 8 : 12;
                    total = total.add(g.scaleByPowerOfTen(power));
                    group = BigDecimal.ZERO;
                }
                default -> group = group.add(n == null ? BigDecimal.ZERO : n);
            }
        }
        BigDecimal v = total.add(group).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
    }

    private static BigDecimal parse(String digits) {
        try {
            return new BigDecimal(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
