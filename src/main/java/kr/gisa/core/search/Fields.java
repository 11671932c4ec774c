package kr.gisa.core.search;

import kr.gisa.core.analysis.BigramAnalyzer;
import kr.gisa.core.analysis.KoreanAnalysis;
import kr.gisa.core.model.Article;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The index schema. One Lucene document per searchable unit of an article — its title, each
 * subtitle, each section heading, paragraph and photo caption — so every hit knows its article,
 * section and paragraph; plus one "meta" document per article holding its content hash.
 * Bump {@link #SCHEMA_VERSION} on any change here: older indexes are then rebuilt.
 */
final class Fields {

    static final int SCHEMA_VERSION = 3; // 2: meta values in doc values; 3: sorted by kind boost

    static final String ID = "id";            // article id (keyword)
    static final String TYPE = "type";        // "unit" or "meta"
    static final String KIND = "kind";        // title, subtitle, heading, paragraph, caption
    static final String SECTION_NO = "section_no";
    static final String PARAGRAPH_NO = "paragraph_no";
    static final String TEXT = "text";        // the unit's text, Korean chain, stored
    static final String BIGRAM = "bigram";    // the same text as character bigrams
    static final String TITLE = "title";      // article title, on every unit (filter title:)
    static final String SECTION = "section";  // heading of the unit's section (filter section:)
    static final String CAPTION = "caption";  // only on captions (filter caption:)
    static final String PUBLISHER = "publisher";
    static final String DATE = "date";
    static final String BOOST = "boost";      // title and subtitle rank above body text
    static final String META_ID = "meta_id"; // article id on its meta document only
    static final String HASH = "hash";
    static final String STAMP = "stamp";

    static final String META = "meta";
    static final String UNIT = "unit";

    private static final FieldType ANALYZED = new FieldType();

    static {
        ANALYZED.setTokenized(true);
        ANALYZED.setStored(true);
        ANALYZED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        ANALYZED.freeze();
    }

    private static final FieldType ANALYZED_UNSTORED = new FieldType(ANALYZED);

    static {
        ANALYZED_UNSTORED.setStored(false);
        ANALYZED_UNSTORED.freeze();
    }

    private Fields() {
    }

    /** The per-field analyzer used to index. */
    static Analyzer indexAnalyzer(KoreanAnalysis analysis) {
        return new PerFieldAnalyzerWrapper(analysis.indexAnalyzer(), Map.of(BIGRAM, new BigramAnalyzer()));
    }

    /** Boost of a unit kind (multiplies its BM25 score). */
    static float boost(String kind) {
        return switch (kind) {
            case "title" -> 3f;
            case "subtitle" -> 2f;
            case "heading" -> 1.5f;
            default -> 1f;
        };
    }

    /**
     * Every unit document of an article, in reading order. {@code analyzer} is the index analyzer
     * ({@link #indexAnalyzer}): the title, each heading, each caption and the publisher, which several
     * fields or documents repeat, are analyzed once here and their tokens replayed (see {@link AnalyzedText});
     * the index holds exactly what analyzing them each time would give.
     */
    static List<Document> units(Article a, Analyzer analyzer) {
        List<Document> docs = new ArrayList<>();
        AnalyzedText title = AnalyzedText.of(analyzer, TITLE, a.title());
        AnalyzedText publisher = a.publisher() == null ? null : AnalyzedText.of(analyzer, PUBLISHER, a.publisher());
        Shared shared = new Shared(a, title, publisher);
        int headingOf = Integer.MIN_VALUE; // the section whose heading is analyzed in `heading`
        AnalyzedText heading = null;
        for (ArticleUnits.Unit u : ArticleUnits.of(a)) {
            if (u.section() != headingOf) {
                headingOf = u.section();
                heading = u.heading() == null ? null : AnalyzedText.of(analyzer, SECTION, u.heading());
            }
            AnalyzedText analyzed = switch (u.kind()) {
                case "title" -> title;
                case "heading" -> heading;
                case "caption" -> AnalyzedText.of(analyzer, CAPTION, u.text());
                default -> null;
            };
            docs.add(unit(shared, u.kind(), u.section(), u.paragraph(), u.text(), analyzed, heading));
        }
        return docs;
    }

    /** What every unit document of one article carries, analyzed once. */
    private record Shared(Article article, AnalyzedText title, AnalyzedText publisher) {
    }

    /**
     * One unit document. {@code analyzed} is the unit's text already analyzed (title, heading, caption:
     * texts another field repeats), or null to let the writer analyze it; {@code heading} is the
     * analyzed heading of the unit's section, or null.
     */
    private static Document unit(Shared shared, String kind, int section, int paragraph, String text,
                                 AnalyzedText analyzed, AnalyzedText heading) {
        Article a = shared.article();
        Document d = new Document();
        d.add(new StringField(ID, a.id(), Field.Store.YES));
        d.add(new StringField(TYPE, UNIT, Field.Store.NO));
        d.add(new StringField(KIND, kind, Field.Store.YES));
        d.add(new StoredField(SECTION_NO, section));
        d.add(new StoredField(PARAGRAPH_NO, paragraph));
        if (analyzed == null) {
            d.add(new Field(TEXT, text, ANALYZED));
        } else {
            d.add(new StoredField(TEXT, text));
            d.add(new Field(TEXT, analyzed.stream(), ANALYZED_UNSTORED));
        }
        d.add(new Field(BIGRAM, text, ANALYZED_UNSTORED));
        d.add(new StoredField(TITLE, a.title()));
        d.add(new Field(TITLE, shared.title().stream(), ANALYZED_UNSTORED));
        if (heading != null) d.add(new Field(SECTION, heading.stream(), ANALYZED_UNSTORED));
        if (kind.equals("caption")) d.add(new Field(CAPTION, analyzed.stream(), ANALYZED_UNSTORED));
        if (shared.publisher() != null) d.add(new Field(PUBLISHER, shared.publisher().stream(), ANALYZED_UNSTORED));
        if (a.published() != null) d.add(new StringField(DATE, a.published(), Field.Store.YES));
        d.add(new FloatDocValuesField(BOOST, boost(kind)));
        return d;
    }

    /**
     * The per-article bookkeeping document for incremental updates. Its values are doc values, not
     * stored fields: reading a stored field decompresses the whole block around it, paragraphs
     * included, and opening a 100,000-article library read them all (half a gigabyte of garbage).
     */
    static Document meta(String id, String hash, String stamp) {
        Document d = new Document();
        d.add(new StringField(META_ID, id, Field.Store.NO));
        d.add(new BinaryDocValuesField(META_ID, new BytesRef(id)));
        d.add(new StringField(TYPE, META, Field.Store.NO));
        d.add(new BinaryDocValuesField(HASH, new BytesRef(hash)));
        d.add(new BinaryDocValuesField(STAMP, new BytesRef(stamp)));
        return d;
    }

    /** The field whose value equals the unit's own text for that kind, if any (its matches are highlights too). */
    static String ownField(String kind) {
        return switch (kind) {
            case "title" -> TITLE;
            case "heading" -> SECTION;
            case "caption" -> CAPTION;
            default -> null;
        };
    }
}
