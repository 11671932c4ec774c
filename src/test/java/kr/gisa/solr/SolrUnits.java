package kr.gisa.solr;

import kr.gisa.core.model.Article;
import kr.gisa.core.model.Block;
import kr.gisa.core.model.Paragraph;
import kr.gisa.core.model.Photo;
import kr.gisa.core.model.Section;
import org.apache.solr.common.SolrInputDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: an article's unit documents in the Solr collection layout of the contract, field for
 * field what {@code kr.gisa.core.search.Fields.units} indexes (the archive client has its own, in main).
 */
final class SolrUnits {

    private SolrUnits() {
    }

    static List<SolrInputDocument> of(Article a, String rev) {
        List<SolrInputDocument> docs = new ArrayList<>();
        if (!a.title().isBlank()) docs.add(unit(a, rev, "title", -1, -1, a.title(), null, false));
        for (int i = 0; i < a.subtitles().size(); i++) docs.add(unit(a, rev, "subtitle", -1, i, a.subtitles().get(i), null, false));
        for (int s = 0; s < a.sections().size(); s++) {
            Section section = a.sections().get(s);
            String heading = section.heading();
            if (heading != null && !heading.isBlank()) docs.add(unit(a, rev, "heading", s, -1, heading, heading, false));
            int p = 0;
            int photo = 0;
            for (Block b : section.blocks()) {
                if (b instanceof Paragraph para) {
                    docs.add(unit(a, rev, "paragraph", s, p++, para.text(), heading, false));
                } else if (b instanceof Photo ph && !ph.caption().isBlank()) {
                    docs.add(unit(a, rev, "caption", s, photo++, ph.caption(), heading, true));
                } else if (b instanceof Photo) {
                    photo++;
                }
            }
        }
        return docs;
    }

    /** The article's meta document: listing fields and the article JSON, none of the analysed fields. */
    static SolrInputDocument meta(Article a, String rev) {
        SolrInputDocument d = new SolrInputDocument();
        d.addField("key", a.id() + "!meta");
        d.addField("type", "meta");
        d.addField("meta_id", a.id());
        d.addField("rev", rev);
        d.addField("hash", rev);
        d.addField("article_json", kr.gisa.core.store.ArticleJson.write(a));
        d.addField("list_title", a.title());
        if (a.publisher() != null) d.addField("list_publisher", a.publisher());
        if (a.published() != null) d.addField("list_published", a.published());
        return d;
    }

    private static SolrInputDocument unit(Article a, String rev, String kind, int section, int paragraph, String text,
                                          String heading, boolean caption) {
        SolrInputDocument d = new SolrInputDocument();
        d.addField("key", a.id() + "!" + kind + "-" + section + "-" + paragraph);
        d.addField("id", a.id());
        d.addField("type", "unit");
        d.addField("kind", kind);
        d.addField("section_no", section);
        d.addField("paragraph_no", paragraph);
        d.addField("text", text);
        d.addField("bigram", text);
        d.addField("title", a.title());
        if (heading != null) d.addField("section", heading);
        if (caption) d.addField("caption", text);
        if (a.publisher() != null) d.addField("publisher", a.publisher());
        if (a.published() != null) d.addField("date", a.published());
        d.addField("boost", switch (kind) {
            case "title" -> 3f;
            case "subtitle" -> 2f;
            case "heading" -> 1.5f;
            default -> 1f;
        });
        d.addField("rev", rev);
        return d;
    }
}
