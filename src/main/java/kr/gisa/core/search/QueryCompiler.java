package kr.gisa.core.search;

import kr.gisa.core.analysis.BigramAnalyzer;
import kr.gisa.core.analysis.KoreanAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a parsed query into Lucene queries: the strict AND, the relaxed form for long questions, and
 * the highlight query (every positive word, ORed) whose matches give the highlight offsets.
 *
 * <p>Each free-text word is matched morphologically on {@code text} and, as a fallback for partial
 * words, as character bigrams on {@code bigram} with a tenth of the weight, so bigram-only hits rank
 * below morphological ones. Among several words the bigrams count only where the word is not found
 * ({@link FallbackQuery}); a word searched alone adds both. A word that analyzes to several tokens (삼성전자 → 삼성 전자, 26만장 → 260000
 * 장) is a phrase, so its parts must stand together and highlight as one span.
 */
public final class QueryCompiler {

    /** Weight of one query word found, in relaxed ranking: far above any BM25 score. */
    static final float COVERAGE = 100f;
    static final float BIGRAM_WEIGHT = 0.1f;
    private static final int MAX_BIGRAM_WORD = 12;
    /** Question words and light verbs that carry no topic; dropped from questions of 3+ words. */
    private static final Set<String> LIGHT = Set.of("하", "되", "있", "없", "않", "이", "그", "저", "것", "무엇", "뭐",
            "어디", "누구", "언제", "어떻게", "얼마", "얼마나", "왜", "어느", "어떤", "몇", "무슨");

    /** The compiled forms; {@code relaxed} is null when the query has fewer than two words to relax. */
    public record Compiled(Query strict, Query relaxed, Query highlight, Query relaxedHighlight, List<String> notes, String error) {
    }

    private final Analyzer query;
    private final Analyzer bigram;
    private final Analyzer index;
    private final List<String> notes = new ArrayList<>();
    private final Set<String> dropped = new LinkedHashSet<>();
    private final List<Query> highlights = new ArrayList<>();
    /** The parts of each free-text clause, for relaxed ranking (which needs them apart, and unboosted). */
    private final java.util.Map<Query, Parts> parts = new java.util.IdentityHashMap<>();
    private final List<Parts> freeParts = new ArrayList<>();

    /**
     * A word's morphological query, its first token alone when the word is several tokens (partial
     * credit: Nori reads 적용하나 as 적용 + 하나(one), a phrase no text holds), and its bigram fallback.
     */
    record Parts(Query morph, Query head, Query bigram) {
    }
    /** Particles typed as words of their own: nothing to search even where Nori reads them as nouns (은 = silver). */
    private static final Set<String> PARTICLES = Set.of("은", "는", "이", "가", "을", "를", "에", "의", "와", "과", "도",
            "로", "으로", "에서", "에게", "께", "한테", "부터", "까지", "만", "처럼", "보다", "이나", "나", "랑", "이랑",
            "하고", "요", "다", "고", "며", "및", "등");

    QueryCompiler(KoreanAnalysis analysis) {
        this(analysis.queryAnalyzer(), new BigramAnalyzer(), analysis.indexAnalyzer());
    }

    /**
     * A compiler over given analyzers, e.g. a Solr schema's (kr.gisa.solr.GisaQParserPlugin): {@code query}
     * analyzes the Korean fields (text, title, section, caption, publisher) as the index's query chain,
     * {@code bigram} the bigram field, and {@code index} the Korean fields as they were indexed, which
     * tells the compounds indexed whole ({@link Compounds}). One compiler compiles one query.
     */
    public QueryCompiler(Analyzer query, Analyzer bigram, Analyzer index) {
        this.query = query;
        this.bigram = bigram;
        this.index = index;
    }

    public Compiled compile(QuerySyntax.Parsed parsed) {
        if (parsed.error() != null) return new Compiled(null, null, null, null, parsed.warnings(), parsed.error());
        notes.addAll(parsed.warnings());
        QueryNode root = parsed.root();
        List<QueryNode> top = root instanceof QueryNode.All all ? all.parts() : List.of(root);
        boolean question = top.stream().filter(QueryCompiler::isFreeText).count() >= 3;

        List<Query> free = new ArrayList<>();
        List<Query> filters = new ArrayList<>();
        List<Query> excluded = new ArrayList<>();
        String firstFilterField = null;
        for (QueryNode n : top) {
            if (n instanceof QueryNode.Not not) {
                Query q = build(not.node(), false);
                if (q != null) excluded.add(q);
            } else if (isFreeText(n)) {
                if (question && isLight(n)) continue;
                Query q = build(n, true);
                if (q != null) free.add(q);
            } else {
                Query q = build(n, true);
                if (q != null) filters.add(q);
                if (firstFilterField == null) firstFilterField = n instanceof QueryNode.Word w ? w.field() : ((QueryNode.Phrase) n).field();
            }
        }
        if (!dropped.isEmpty()) {
            notes.add(QueryNote.NOT_SEARCHED.text(String.join(", ", dropped)));
        }
        if (free.isEmpty() && filters.isEmpty()) {
            String error = dropped.isEmpty() ? QueryProblem.NOTHING_SEARCHABLE.text()
                    : QueryProblem.ONLY_PARTICLES.text(String.join(", ", dropped));
            return new Compiled(null, null, null, null, notes, error);
        }
        BooleanQuery.Builder strict = new BooleanQuery.Builder();
        // A lone word with exclusions goes in as SHOULD (still required: it is the only positive clause).
        // Same matches and scores, but Lucene then scores it as a disjunction that skips blocks by score
        // bound; as MUST beside MUST_NOT it scored every match (엔비디아 -종속: 17 ms → 4 ms at 100,000).
        Occur each = free.size() == 1 && filters.isEmpty() ? Occur.SHOULD : Occur.MUST;
        free.forEach(q -> strict.add(each == Occur.SHOULD ? alone(q) : q, each));
        if (free.isEmpty()) {
            filters.forEach(q -> strict.add(q, Occur.MUST)); // filters alone: list the matching units themselves
            String kind = switch (firstFilterField) {
                case "section" -> "heading";
                case "caption" -> "caption";
                default -> "title";
            };
            strict.add(new TermQuery(new Term(Fields.KIND, kind)), Occur.FILTER);
        } else {
            filters.forEach(q -> strict.add(q, Occur.FILTER));
        }
        excluded.forEach(q -> strict.add(q, Occur.MUST_NOT));
        Query relaxed = free.size() >= 2 ? relaxed(free, filters, excluded) : null;
        free.forEach(q -> freeParts.add(parts.get(q)));
        BooleanQuery.Builder hl = new BooleanQuery.Builder();
        highlights.forEach(q -> hl.add(q, Occur.SHOULD));
        BooleanQuery.Builder rhl = new BooleanQuery.Builder(); // relaxed ranking also counted the heads
        highlights.forEach(q -> rhl.add(q, Occur.SHOULD));
        for (Query q : free) {
            Parts p = parts.get(q);
            if (p != null && p.head() != null) rhl.add(p.head(), Occur.SHOULD);
        }
        return new Compiled(strict.build(), relaxed, hl.build(), rhl.build(), List.copyOf(notes), null);
    }

    /**
     * Every clause optional; each word found adds {@link #COVERAGE} (half for a partial match: the first
     * token of a many-token word, or only its bigrams), so more words found always ranks first and BM25
     * (unboosted: questions look for passages, not titles) orders hits that found as many. A word counts
     * once, by the best form found: 100 + the whole form's BM25, else 50 + half its first token's, else
     * 50 + a tenth of its bigrams'.
     *
     * <p>The clauses are flat, two per word: 50 + the whole form's BM25 where it is found, and 50 (plus
     * the partial BM25) where any form is found, each form tried only where the better ones are not
     * ({@link FallbackQuery}). Nested in one clause per word, every word's score bound was over 100, so
     * Lucene had to visit every document any two words' parts matched (한국 alone: 142,000 units at
     * 100,000 articles); flat, a part's bound is 50 plus its BM25's and it skips what cannot reach the top.
     */
    private Query relaxed(List<Query> free, List<Query> filters, List<Query> excluded) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : free) {
            Parts p = parts.get(q);
            if (p == null) { // a group in parentheses: all or nothing
                b.add(new BoostQuery(new ConstantScoreQuery(q), COVERAGE), Occur.SHOULD);
                b.add(q, Occur.SHOULD);
                continue;
            }
            if (p.morph() != null) b.add(new PlusQuery(p.morph(), COVERAGE / 2), Occur.SHOULD);
            Query whole = p.morph() == null ? null : new BoostQuery(new ConstantScoreQuery(p.morph()), COVERAGE / 2);
            Query head = p.head() == null ? null : new PlusQuery(new BoostQuery(p.head(), 0.5f), COVERAGE / 2);
            Query bigrams = p.bigram() == null ? null : new PlusQuery(new BoostQuery(p.bigram(), BIGRAM_WEIGHT), COVERAGE / 2);
            b.add(firstFound(whole, head, bigrams), Occur.SHOULD);
        }
        b.setMinimumNumberShouldMatch(1);
        filters.forEach(q -> b.add(q, Occur.FILTER));
        excluded.forEach(q -> b.add(q, Occur.MUST_NOT));
        return b.build();
    }

    /**
     * A word searched alone or among alternatives (OR): its bigram score adds to the word's, as a plain
     * disjunction, which Lucene scores with skipping by score bounds (WAND); a {@link FallbackQuery} there
     * would have to score every document the word is found in. In a conjunction it skips by its bound.
     */
    private static Query alone(Query word) {
        if (!(word instanceof FallbackQuery f)) return word;
        return new BooleanQuery.Builder().add(f.primary(), Occur.SHOULD).add(f.fallback(), Occur.SHOULD).build();
    }

    /**
     * Matches where any of the given queries (nulls skipped) matches; each is tried only where the ones
     * before it do not match, so the bigram phrase is read only where the word is not found.
     */
    private static Query firstFound(Query... forms) {
        Query found = null;
        for (int i = forms.length - 1; i >= 0; i--) {
            if (forms[i] != null) found = found == null ? forms[i] : new FallbackQuery(forms[i], found);
        }
        return found;
    }

    /** The parts of each free-text word compiled, in order (null for a group): what a test rebuilds forms from. */
    List<Parts> freeParts() {
        return freeParts;
    }

    private static boolean isFreeText(QueryNode n) {
        if (n instanceof QueryNode.Word w) return w.field() == null;
        if (n instanceof QueryNode.Phrase p) return p.field() == null;
        return !(n instanceof QueryNode.Not);
    }

    private boolean isLight(QueryNode n) {
        if (!(n instanceof QueryNode.Word w) || w.prefix()) return false;
        List<String> terms = terms(query, Fields.TEXT, inContext(w.text()));
        return !terms.isEmpty() && LIGHT.containsAll(terms);
    }

    /** A Lucene query for a node, or null when nothing in it is searchable. */
    private Query build(QueryNode n, boolean positive) {
        if (n instanceof QueryNode.Word w) return leaf(w.text(), w.field(), w.prefix(), false, positive);
        if (n instanceof QueryNode.Phrase p) return leaf(p.text(), p.field(), false, true, positive);
        if (n instanceof QueryNode.Not not) {
            notes.add(QueryNote.EXCLUSION_IN_GROUP.text());
            return null;
        }
        boolean any = n instanceof QueryNode.Any;
        List<QueryNode> parts = any ? ((QueryNode.Any) n).parts() : ((QueryNode.All) n).parts();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int count = 0;
        for (QueryNode part : parts) {
            if (part instanceof QueryNode.Not not && !any) {
                Query q = build(not.node(), false);
                if (q != null) b.add(q, Occur.MUST_NOT);
                continue;
            }
            Query q = build(part, positive);
            if (q == null) continue;
            b.add(any ? alone(q) : q, any ? Occur.SHOULD : Occur.MUST);
            count++;
        }
        return count == 0 ? null : b.build();
    }

    private Query leaf(String text, String field, boolean prefix, boolean phrase, boolean positive) {
        String f = field == null ? Fields.TEXT : field;
        if (!phrase && !prefix && PARTICLES.contains(text)) {
            dropped.add(text);
            return null;
        }
        Query morph;
        if (prefix) {
            BytesRef norm = query.normalize(f, text);
            morph = norm.length == 0 ? null : prefixQuery(f, norm.utf8ToString());
        } else {
            morph = Compounds.whole(index, f, inContext(text), new QueryBuilder(query).createPhraseQuery(f, inContext(text), 0));
        }
        Query bi = field == null && !prefix && (phrase || !wholeWithEnding(text)) ? bigram(text, phrase) : null;
        if (morph == null && bi == null) {
            dropped.add(text);
            return null;
        }
        if (morph == null && !phrase) {
            dropped.add(text); // only particles: the bigram fallback alone would match them anywhere
            return null;
        }
        if (positive) {
            if (morph != null) highlights.add(morph);
            if (bi != null) highlights.add(bi);
        }
        if (field != null) return morph;
        Query boosted;
        if (morph == null) boosted = new BoostQuery(bi, BIGRAM_WEIGHT);
        else if (bi == null) boosted = new KindBoostQuery(morph);
        else boosted = new FallbackQuery(new KindBoostQuery(morph), new BoostQuery(bi, BIGRAM_WEIGHT));
        parts.put(boosted, new Parts(morph, morph == null || prefix ? null : head(text), bi));
        return boosted;
    }

    /**
     * A prefix query. A Hangul prefix may span the parts a compound is indexed as (반도* → 반 + 도체),
     * so it gets {@link CompoundPrefixQuery}; other prefixes are plain.
     */
    private static Query prefixQuery(String field, String prefix) {
        boolean hangul = prefix.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL);
        return hangul && prefix.codePointCount(0, prefix.length()) >= 2
                ? new CompoundPrefixQuery(field, prefix) : new PrefixQuery(new Term(field, prefix));
    }

    /**
     * A query word as Nori should read it. At the very end of its input Nori misreads particles:
     * 한국의 alone is 한(MM) + 국의(NNG) and 정부의 ends in the noun 의, while in running text, as in
     * the indexed articles, they are 한국 + 의(J). A following " ." gives the word that context.
     */
    static String inContext(String word) {
        return word + " .";
    }

    /** The tokens at the first position of a word that analyzes to several positions, else null. */
    private Query head(String word) {
        List<List<String>> positions = new ArrayList<>();
        try (TokenStream ts = query.tokenStream(Fields.TEXT, inContext(word))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            var inc = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (inc.getPositionIncrement() > 0 || positions.isEmpty()) positions.add(new ArrayList<>());
                positions.get(positions.size() - 1).add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (positions.size() < 2) return null;
        List<String> first = positions.get(0);
        if (first.size() == 1) return new TermQuery(new Term(Fields.TEXT, first.get(0)));
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : first) b.add(new TermQuery(new Term(Fields.TEXT, t)), Occur.SHOULD);
        return b.build();
    }

    /**
     * Whether a word was typed whole with its particle or ending (엔비디아가, 공급하기로, 한국에): its
     * words span two or more characters from its start and the analysis dropped a Hangul tail. Such a
     * word gets no bigram fallback: the fallback is for partial words (반도 for 반도체), and the bigrams
     * of a whole inflected word find only that word again, where Nori reads it the same way. In a
     * question every word had one, and checking them took half its time at 100,000 articles.
     * A stem of one character (반도 = 반 + the particle 도) keeps its fallback.
     */
    private boolean wholeWithEnding(String word) {
        int end = -1;
        try (TokenStream ts = query.tokenStream(Fields.TEXT, inContext(word))) {
            var offset = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (offset.startOffset() < word.length()) end = Math.max(end, offset.endOffset());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (end < 2 || end >= word.length() || word.codePointCount(0, end) < 2) return false;
        return word.substring(end).codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL);
    }

    /** Bigram fallback for words of Hangul or Han characters, 2 to 12 long. */
    private Query bigram(String text, boolean phrase) {
        long cjk = text.codePoints().filter(cp -> {
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            return s == Character.UnicodeScript.HANGUL || s == Character.UnicodeScript.HAN;
        }).count();
        if (cjk < 2 || text.length() > (phrase ? 4 * MAX_BIGRAM_WORD : MAX_BIGRAM_WORD)) return null;
        return new QueryBuilder(bigram).createPhraseQuery(Fields.BIGRAM, text, 0);
    }

    /** The analyzed terms of a text. */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
