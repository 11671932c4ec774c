package kr.gisa.core.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the search box syntax: words ANDed, "phrases", OR (or |), -exclusion (or NOT),
 * parentheses, prefix*, and field filters title: caption: section: publisher:. It never throws:
 * malformed input is repaired (an unclosed quote or parenthesis closes at the end, a stray operator
 * is dropped) with a warning, and input with nothing to search gives a one-line error.
 */
public final class QuerySyntax {

    /** Longer input is cut here: nobody types more, and every word costs query clauses. */
    public static final int MAX_CHARS = 1000;
    /** At most this many words and phrases are searched. */
    public static final int MAX_TERMS = 32;

    /** The result: a tree (null when there is nothing to search), repair notes, or an error message. */
    public record Parsed(QueryNode root, List<String> warnings, String error) {
    }

    private final List<String> warnings = new ArrayList<>();
    private List<String> tokens;
    private int pos;
    private int terms;

    private QuerySyntax() {
    }

    public static Parsed parse(String input) {
        return new QuerySyntax().run(input == null ? "" : input);
    }

    private Parsed run(String input) {
        String text = clean(input);
        if (text.isBlank()) return new Parsed(null, warnings, QueryProblem.EMPTY.text());
        tokens = lex(text);
        QueryNode root = parseOr(null, 0);
        while (pos < tokens.size()) { // only a stray ")" can stop the top level early
            warnings.add(QueryNote.UNMATCHED_PAREN.text());
            pos++;
            QueryNode more = parseOr(null, 0);
            root = and(root, more);
        }
        if (root == null) {
            return new Parsed(null, warnings, QueryProblem.ONLY_OPERATORS.text(abbreviate(text.strip())));
        }
        if (!hasPositive(root)) {
            return new Parsed(null, warnings, QueryProblem.ONLY_EXCLUSIONS.text());
        }
        return new Parsed(root, List.copyOf(warnings), null);
    }

    /** NFC, control characters as spaces, length cap. */
    private String clean(String input) {
        StringBuilder sb = new StringBuilder(input.length());
        input.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean control = Character.isISOControl(cp) || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE;
            sb.appendCodePoint(control ? ' ' : cp);
        });
        String s = Normalizer.normalize(sb, Normalizer.Form.NFC);
        if (s.length() > MAX_CHARS) {
            int cut = MAX_CHARS;
            if (Character.isHighSurrogate(s.charAt(cut - 1))) cut--;
            s = s.substring(0, cut);
            warnings.add(QueryNote.TOO_LONG.text(MAX_CHARS));
        }
        return s;
    }

    /** Splits into "(", ")", "-", "\"phrase\"" (leading quote kept), "OR", field prefixes "title:" and words. */
    private List<String> lex(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                out.add(String.valueOf(c));
                i++;
            } else if (c == '"' || c == '“' || c == '”') {
                int end = i + 1;
                while (end < s.length() && "\"“”".indexOf(s.charAt(end)) < 0) end++;
                if (end >= s.length()) warnings.add(QueryNote.UNCLOSED_QUOTE.text());
                out.add("\"" + s.substring(i + 1, Math.min(end, s.length())));
                i = end + 1;
            } else if (c == '-' && (out.isEmpty() || i == 0 || Character.isWhitespace(s.charAt(i - 1))
                    || s.charAt(i - 1) == '(' || s.charAt(i - 1) == ':')) {
                out.add("-");
                i++;
            } else {
                int end = i;
                while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && "()\"“”".indexOf(s.charAt(end)) < 0) end++;
                int colon = s.indexOf(':', i);
                if (colon > i && colon < end
                        && QueryNode.FILTER_FIELDS.contains(s.substring(i, colon).toLowerCase(Locale.ROOT))) {
                    out.add(s.substring(i, colon + 1)); // "title:" then what follows, if anything
                    i = colon + 1;
                    continue;
                }
                out.add(s.substring(i, end));
                i = end;
            }
        }
        return out;
    }

    private QueryNode parseOr(String field, int depth) {
        List<QueryNode> alternatives = new ArrayList<>();
        boolean pendingOr = false;
        while (pos < tokens.size() && !tokens.get(pos).equals(")")) {
            if (isOr(tokens.get(pos))) {
                if (alternatives.isEmpty() || pendingOr) warnings.add(QueryNote.LONELY_OR.text());
                pendingOr = true;
                pos++;
                continue;
            }
            QueryNode part = parseAnd(field, depth);
            if (part == null) continue;
            if (pendingOr || alternatives.isEmpty()) alternatives.add(part);
            else alternatives.set(alternatives.size() - 1, and(alternatives.get(alternatives.size() - 1), part));
            pendingOr = false;
        }
        if (pendingOr && !alternatives.isEmpty()) warnings.add(QueryNote.LONELY_OR.text());
        if (alternatives.isEmpty()) return null;
        return alternatives.size() == 1 ? alternatives.get(0) : new QueryNode.Any(alternatives);
    }

    /** Unary items up to the next OR or ")". */
    private QueryNode parseAnd(String field, int depth) {
        List<QueryNode> parts = new ArrayList<>();
        while (pos < tokens.size() && !tokens.get(pos).equals(")") && !isOr(tokens.get(pos))) {
            QueryNode n = parseUnary(field, depth);
            if (n != null) parts.add(n);
        }
        if (parts.isEmpty()) return null;
        return parts.size() == 1 ? parts.get(0) : new QueryNode.All(parts);
    }

    private QueryNode parseUnary(String field, int depth) {
        String t = tokens.get(pos);
        if (t.equals("-") || t.equals("NOT")) {
            pos++;
            if (pos >= tokens.size() || tokens.get(pos).equals(")") || isOr(tokens.get(pos))) {
                warnings.add(QueryNote.NEEDS_WORD_AFTER.text("\"" + t + "\""));
                return null;
            }
            QueryNode n = parseUnary(field, depth);
            return n == null ? null : n instanceof QueryNode.Not not ? not.node() : new QueryNode.Not(n);
        }
        if (t.equals("AND") || t.equals("&&") || t.equals("+")) {
            pos++;
            return null; // AND is the default
        }
        if (t.equals("(")) {
            pos++;
            QueryNode inner = depth > 20 ? null : parseOr(field, depth + 1);
            if (pos < tokens.size() && tokens.get(pos).equals(")")) pos++;
            else warnings.add(QueryNote.UNCLOSED_PAREN.text());
            return inner;
        }
        pos++;
        if (t.endsWith(":") && QueryNode.FILTER_FIELDS.contains(t.substring(0, t.length() - 1).toLowerCase(Locale.ROOT))) {
            String f = t.substring(0, t.length() - 1).toLowerCase(Locale.ROOT);
            if (pos >= tokens.size() || tokens.get(pos).equals(")") || isOr(tokens.get(pos)) || tokens.get(pos).equals("-")) {
                warnings.add(QueryNote.NEEDS_WORD_AFTER.text(t));
                return null;
            }
            return parseUnary(f, depth);
        }
        if (++terms > MAX_TERMS) {
            if (terms == MAX_TERMS + 1) warnings.add(QueryNote.TOO_MANY_WORDS.text(MAX_TERMS));
            return null;
        }
        if (t.startsWith("\"")) {
            String phrase = t.substring(1).strip();
            return phrase.isEmpty() ? null : new QueryNode.Phrase(phrase, field);
        }
        boolean prefix = t.endsWith("*");
        String word = prefix ? t.replaceAll("\\*+$", "") : t;
        if (word.isEmpty()) {
            warnings.add(QueryNote.STRAY_STAR.text());
            return null;
        }
        return new QueryNode.Word(word, prefix, field);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static boolean isOr(String t) {
        return t.equals("OR") || t.equals("|") || t.equals("||");
    }

    private static QueryNode and(QueryNode a, QueryNode b) {
        if (a == null) return b;
        if (b == null) return a;
        List<QueryNode> parts = new ArrayList<>();
        if (a instanceof QueryNode.All all) parts.addAll(all.parts());
        else parts.add(a);
        if (b instanceof QueryNode.All all) parts.addAll(all.parts());
        else parts.add(b);
        return new QueryNode.All(parts);
    }

    static boolean hasPositive(QueryNode n) {
        if (n instanceof QueryNode.Not) return false;
        if (n instanceof QueryNode.All all) return all.parts().stream().anyMatch(QuerySyntax::hasPositive);
        if (n instanceof QueryNode.Any any) return any.parts().stream().allMatch(QuerySyntax::hasPositive);
        return true;
    }
}
