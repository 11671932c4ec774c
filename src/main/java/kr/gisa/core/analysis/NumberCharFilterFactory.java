package kr.gisa.core.analysis;

import org.apache.lucene.analysis.CharFilterFactory;

import java.io.Reader;
import java.util.Map;

/**
 * {@link NumberCharFilter} for Solr schemas ({@code <charFilter name="gisaNumber"/>}). Not applied
 * when normalizing (prefix terms), exactly as {@link KoreanAnalyzer} normalizes without it.
 */
public final class NumberCharFilterFactory extends CharFilterFactory {

    /** SPI name. */
    public static final String NAME = "gisaNumber";

    public NumberCharFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) throw new IllegalArgumentException("unknown parameters: " + args);
    }

    /** For SPI only. */
    public NumberCharFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public Reader create(Reader input) {
        return new NumberCharFilter(input);
    }

    @Override
    public Reader normalize(Reader input) {
        return input;
    }
}
