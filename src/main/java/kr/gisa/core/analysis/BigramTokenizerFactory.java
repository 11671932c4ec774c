package kr.gisa.core.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

import java.util.Map;

/** {@link BigramTokenizer} for Solr schemas ({@code <tokenizer name="gisaBigram"/>}), the fallback field's tokenizer. */
public final class BigramTokenizerFactory extends TokenizerFactory {

    /** SPI name. */
    public static final String NAME = "gisaBigram";

    public BigramTokenizerFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) throw new IllegalArgumentException("unknown parameters: " + args);
    }

    /** For SPI only. */
    public BigramTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public Tokenizer create(AttributeFactory factory) {
        return new BigramTokenizer(factory);
    }
}
