package kr.gisa.core.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a query word's compounds back whole. The query chain gives parts only (한국은행 → the phrase
 * "한국 은행"), while the index also holds each compound as one term at its first part's position
 * ({@code kr.gisa.core.analysis.CompoundFilter}). Where the index chain reads the word with compounds,
 * the phrase of parts becomes the compound term (한국은행), or a phrase of compounds and parts at their
 * positions (기자간담회 → 기자 at 0, 간담회 at 1). Same documents, same highlight span, but one term's
 * postings instead of the positions of several.
 */
final class Compounds {

    private record Token(String term, int position, int length) {
    }

    private Compounds() {
    }

    /**
     * {@code parts} with compounds whole, or {@code parts} itself when the word has no compound, or the
     * index chain reads it otherwise (then the phrase stays: it finds the same text).
     *
     * @param index the index chain, or null (no compounds indexed)
     * @param text the word as analyzed for {@code parts}
     * @param parts the query chain's query for the word
     */
    static Query whole(Analyzer index, String field, String text, Query parts) {
        if (index == null || !(parts instanceof PhraseQuery || parts instanceof BooleanQuery)) return parts;
        List<Token> tokens = tokens(index, field, text);
        if (tokens.stream().allMatch(t -> t.length() <= 1)) return parts;
        if (parts instanceof PhraseQuery phrase) return whole(tokens, field, phrase);
        // synonyms: alternatives (반도체 → semiconductor | "반 도체"); the word's own reading gets its compounds
        BooleanQuery alternatives = (BooleanQuery) parts;
        if (alternatives.getMinimumNumberShouldMatch() > 0
                || alternatives.clauses().stream().anyMatch(c -> c.getOccur() != BooleanClause.Occur.SHOULD)) return parts;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (BooleanClause c : alternatives.clauses()) {
            b.add(c.getQuery() instanceof PhraseQuery phrase ? whole(tokens, field, phrase) : c.getQuery(), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    private static Query whole(List<Token> tokens, String field, PhraseQuery phrase) {
        List<Token> single = tokens.stream().filter(t -> t.length() <= 1).toList();
        if (phrase.getSlop() != 0 || !sameParts(single, phrase)) return phrase;
        List<Token> chosen = new ArrayList<>();
        int next = 0;
        for (Token t : tokens) { // a compound comes before its parts at the same position
            if (t.position() < next) continue;
            chosen.add(t);
            next = t.position() + Math.max(1, t.length());
        }
        if (chosen.size() == 1) return new TermQuery(new Term(field, chosen.get(0).term()));
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        int base = chosen.get(0).position();
        for (Token t : chosen) b.add(new Term(field, t.term()), t.position() - base);
        return b.build();
    }

    /** Whether the index chain's parts are the phrase's terms at the phrase's relative positions. */
    private static boolean sameParts(List<Token> single, PhraseQuery phrase) {
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        if (single.size() != terms.length) return false;
        int base = single.isEmpty() ? 0 : single.get(0).position();
        for (int i = 0; i < terms.length; i++) {
            if (!terms[i].text().equals(single.get(i).term()) || positions[i] - positions[0] != single.get(i).position() - base) {
                return false;
            }
        }
        return terms.length > 0;
    }

    private static List<Token> tokens(Analyzer analyzer, String field, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                tokens.add(new Token(term.toString(), position, len.getPositionLength()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
