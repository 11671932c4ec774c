package kr.gisa.core.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The analyzer a Solr server parses {@code synonyms_ko.txt} with
 * ({@code <filter name="synonymGraph" analyzer="kr.gisa.core.analysis.KoreanSynonymAnalyzer" …/>}):
 * Gisa's index chain with the configset's {@code userdict_ko.txt}, exactly as {@link KoreanAnalysis}
 * parses the synonyms of the embedded index. Solr's default (whitespace) would keep 삼성전자 whole
 * while queries read it as 삼성 + 전자, so that rule would never fire.
 */
public final class KoreanSynonymAnalyzer extends DelegatingAnalyzerWrapper implements ResourceLoaderAware {

    /** The user dictionary's name inside the configset. */
    public static final String USER_DICTIONARY = "userdict_ko.txt";

    private volatile Analyzer chain;

    public KoreanSynonymAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    public void inform(ResourceLoader loader) throws IOException {
        String text;
        try (InputStream in = loader.openResource(USER_DICTIONARY)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        UserDictionary dictionary = UserDictionary.open(new StringReader(Normalizer.normalize(text, Normalizer.Form.NFC)));
        chain = new KoreanAnalyzer(dictionary, null);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        if (chain == null) throw new IllegalStateException("KoreanSynonymAnalyzer used before its user dictionary was loaded");
        return chain;
    }
}
