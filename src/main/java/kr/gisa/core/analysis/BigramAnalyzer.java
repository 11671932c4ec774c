package kr.gisa.core.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;

import java.io.Reader;

/**
 * The fallback field: overlapping character bigrams of Hangul and Han text (생물학자 → 생물 물학 학자),
 * other words whole and lower-cased ({@link BigramTokenizer}). It finds partial words and names that morphology cannot match,
 * ranked below morphological matches. NFC first, like the main chain.
 */
public final class BigramAnalyzer extends Analyzer {

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new NfcCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        BigramTokenizer tokenizer = new BigramTokenizer();
        TokenStream ts = new CJKWidthFilter(tokenizer);
        ts = new LowerCaseFilter(ts);
        return new TokenStreamComponents(tokenizer, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }
}
