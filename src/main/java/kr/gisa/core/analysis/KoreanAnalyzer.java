package kr.gisa.core.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

import java.io.Reader;
import java.util.EnumSet;
import java.util.Set;

/**
 * Gisa's one Korean analysis chain, used for indexing and for queries:
 * <ol>
 *   <li>NFC normalisation ({@link NfcCharFilter}) — decomposed Hangul matches;</li>
 *   <li>number rewriting ({@link NumberCharFilter}) — 26만, 260,000 and 260000 are one term;</li>
 *   <li>{@link KoreanTokenizer} (Nori) with the user dictionary, compounds decomposed
 *       (현대자동차그룹 → 현대 자동 차 그룹, so 자동 and 차 find it), punctuation dropped. The index chain
 *       also keeps each compound whole beside its parts ({@code MIXED} and {@link CompoundFilter}:
 *       자동차 at the position of 자동), so a compound query word is one term, not a phrase. Queries
 *       read the parts only: synonyms cannot follow a graph, and {@code QueryCompiler} puts the whole
 *       compounds back;</li>
 *   <li>part-of-speech stop filter — particles, endings, copula, auxiliaries, bound nouns, symbols;</li>
 *   <li>reading forms — 韓國 → 한국;</li>
 *   <li>full-width → half-width and lower-casing — ＧＰＵ and gpu find GPU;</li>
 *   <li>only for queries: loanword synonyms (nvidia ↔ 엔비디아). They are applied at query time
 *       so that editing synonyms.txt needs no index rebuild.</li>
 * </ol>
 * Offsets always point into the original text, which is what search highlights rely on.
 */
public final class KoreanAnalyzer extends Analyzer {

    /** Nori's default stop tags plus copula, auxiliary predicates, bound nouns and symbols. */
    public static final Set<POS.Tag> STOP_TAGS;

    static {
        EnumSet<POS.Tag> tags = EnumSet.copyOf(KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS);
        tags.addAll(EnumSet.of(POS.Tag.VCP, POS.Tag.VCN, POS.Tag.VX, POS.Tag.NNB, POS.Tag.SF, POS.Tag.SY));
        STOP_TAGS = java.util.Collections.unmodifiableSet(tags);
    }

    private final UserDictionary userDictionary;
    private final SynonymMap synonyms;
    private final boolean compounds;

    /**
     * The chain with parts only (the query chain, and what synonym rules are read with).
     *
     * @param userDictionary the merged user dictionary, or null for Nori's own dictionary only
     * @param synonyms synonyms to expand (query side), or null
     */
    public KoreanAnalyzer(UserDictionary userDictionary, SynonymMap synonyms) {
        this(userDictionary, synonyms, false);
    }

    private KoreanAnalyzer(UserDictionary userDictionary, SynonymMap synonyms, boolean compounds) {
        this.userDictionary = userDictionary;
        this.synonyms = synonyms;
        this.compounds = compounds;
    }

    /** The indexing chain: compounds whole beside their parts, no synonyms. */
    public static KoreanAnalyzer forIndex(UserDictionary userDictionary) {
        return new KoreanAnalyzer(userDictionary, null, true);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new NumberCharFilter(new NfcCharFilter(reader));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        KoreanTokenizer tokenizer = new KoreanTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, userDictionary,
                compounds ? KoreanTokenizer.DecompoundMode.MIXED : KoreanTokenizer.DecompoundMode.DISCARD, false, true);
        TokenStream ts = compounds ? new CompoundFilter(tokenizer) : tokenizer;
        ts = new KoreanPartOfSpeechStopFilter(ts, STOP_TAGS);
        ts = new KoreanReadingFormFilter(ts);
        ts = new CJKWidthFilter(ts);
        ts = new LowerCaseFilter(ts);
        if (synonyms != null && synonyms.fst != null) ts = new SynonymGraphFilter(ts, synonyms, true);
        return new TokenStreamComponents(tokenizer, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new NfcCharFilter(reader);
    }
}
