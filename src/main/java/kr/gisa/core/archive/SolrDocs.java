package kr.gisa.core.archive;

import kr.gisa.core.model.Article;
import kr.gisa.core.search.ArticleUnits;
import kr.gisa.core.store.ArticleJson;
import org.apache.solr.common.SolrInputDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The archive's documents for one article (the contract with the shipped configset,
 * {@code kr/gisa/solr/configset/managed-schema.xml}): one per searchable unit, exactly the units and
 * field values of the embedded index ({@link ArticleUnits}), plus one meta document holding the whole
 * article. Keys are deterministic ({@code <id>!paragraph-2-5}, {@code <id>!meta}), so sending an
 * article again replaces it instead of adding to it, and the {@code !} keeps an article on one shard.
 */
public final class SolrDocs {

    static final String KEY = "key";
    static final String ID = "id";
    static final String TYPE = "type";
    static final String KIND = "kind";
    static final String SECTION_NO = "section_no";
    static final String PARAGRAPH_NO = "paragraph_no";
    static final String DATE = "date";
    static final String TEXT = "text";
    static final String BIGRAM = "bigram";
    static final String TITLE = "title";
    static final String SECTION = "section";
    static final String CAPTION = "caption";
    static final String PUBLISHER = "publisher";
    static final String BOOST = "boost";
    static final String REV = "rev";
    static final String META_ID = "meta_id";
    static final String HASH = "hash";
    static final String ARTICLE_JSON = "article_json";
    static final String LIST_TITLE = "list_title";
    static final String LIST_PUBLISHER = "list_publisher";
    static final String LIST_PUBLISHED = "list_published";

    static final String UNIT = "unit";
    static final String META = "meta";

    /** Every field Gisa reads or writes, with the field type the analysed ones must have. */
    static final Map<String, String> REQUIRED = Map.ofEntries(
            Map.entry(KEY, ""), Map.entry(ID, ""), Map.entry(TYPE, ""), Map.entry(KIND, ""),
            Map.entry(SECTION_NO, ""), Map.entry(PARAGRAPH_NO, ""), Map.entry(DATE, ""),
            Map.entry(TEXT, "gisa_ko"), Map.entry(BIGRAM, "gisa_bigram"), Map.entry(TITLE, "gisa_ko"),
            Map.entry(SECTION, "gisa_ko"), Map.entry(CAPTION, "gisa_ko"), Map.entry(PUBLISHER, "gisa_ko"),
            Map.entry(BOOST, ""), Map.entry(REV, ""), Map.entry(META_ID, ""), Map.entry(HASH, ""),
            Map.entry(ARTICLE_JSON, ""), Map.entry(LIST_TITLE, ""), Map.entry(LIST_PUBLISHER, ""),
            Map.entry(LIST_PUBLISHED, ""));

    private SolrDocs() {
    }

    static String metaKey(String id) {
        return id + "!" + META;
    }

    /** The unit documents of {@code a}, in reading order, each carrying {@code rev}. */
    public static List<SolrInputDocument> units(Article a, String rev) {
        List<SolrInputDocument> docs = new ArrayList<>();
        for (ArticleUnits.Unit u : ArticleUnits.of(a)) {
            SolrInputDocument d = new SolrInputDocument();
            d.setField(KEY, a.id() + "!" + u.kind() + "-" + u.section() + "-" + u.paragraph());
            d.setField(ID, a.id());
            d.setField(TYPE, UNIT);
            d.setField(KIND, u.kind());
            d.setField(SECTION_NO, u.section());
            d.setField(PARAGRAPH_NO, u.paragraph());
            if (a.published() != null) d.setField(DATE, a.published());
            d.setField(TEXT, u.text());
            d.setField(BIGRAM, u.text());
            d.setField(TITLE, a.title());
            if (u.heading() != null) d.setField(SECTION, u.heading());
            if (u.kind().equals("caption")) d.setField(CAPTION, u.text());
            if (a.publisher() != null) d.setField(PUBLISHER, a.publisher());
            d.setField(BOOST, u.boost());
            d.setField(REV, rev);
            docs.add(d);
        }
        return docs;
    }

    /** The meta document: the whole article as article.json holds it, and what the list shows. */
    public static SolrInputDocument meta(Article a, String hash) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField(KEY, metaKey(a.id()));
        d.setField(META_ID, a.id());
        d.setField(TYPE, META);
        d.setField(HASH, hash);
        d.setField(REV, hash);
        d.setField(ARTICLE_JSON, ArticleJson.write(a));
        d.setField(LIST_TITLE, a.title());
        if (a.publisher() != null) d.setField(LIST_PUBLISHER, a.publisher());
        if (a.published() != null) d.setField(LIST_PUBLISHED, a.published());
        return d;
    }
}
