package kr.gisa.core.analysis;

import org.apache.lucene.analysis.CharFilterFactory;

import java.io.Reader;
import java.util.Map;

/**
 * {@link NfcCharFilter} for Solr schemas ({@code <charFilter name="gisaNfc"/>}): the first step of
 * Gisa's Korean and bigram chains on a Solr server. Normalizing (prefix and wildcard terms) applies
 * it too, as {@link KoreanAnalyzer#initReaderForNormalization} does.
 */
public final class NfcCharFilterFactory extends CharFilterFactory {

    /** SPI name. */
    public static final String NAME = "gisaNfc";

    public NfcCharFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) throw new IllegalArgumentException("unknown parameters: " + args);
    }

    /** For SPI only. */
    public NfcCharFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public Reader create(Reader input) {
        return new NfcCharFilter(input);
    }

    @Override
    public Reader normalize(Reader input) {
        return new NfcCharFilter(input);
    }
}
