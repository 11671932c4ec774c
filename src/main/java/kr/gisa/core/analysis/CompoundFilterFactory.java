package kr.gisa.core.analysis;

import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

import java.util.Map;

/**
 * {@link CompoundFilter} for Solr schemas ({@code <filter name="gisaCompounds"/>}), right behind a
 * {@code korean} tokenizer in {@code mixed} mode, as in Gisa's index chain.
 */
public final class CompoundFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "gisaCompounds";

    public CompoundFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) throw new IllegalArgumentException("unknown parameters: " + args);
    }

    /** For SPI only. */
    public CompoundFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new CompoundFilter(input);
    }
}
