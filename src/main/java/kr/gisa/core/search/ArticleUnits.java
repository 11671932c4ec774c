package kr.gisa.core.search;

import kr.gisa.core.model.Article;
import kr.gisa.core.model.Block;
import kr.gisa.core.model.Paragraph;
import kr.gisa.core.model.Photo;
import kr.gisa.core.model.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * The searchable units of an article in reading order — its title, each subtitle, each section
 * heading, paragraph and photo caption — with their addresses. The one definition of what a search
 * hit can be: the embedded index ({@link Fields#units}) and a SolrCloud archive both index exactly these.
 */
public final class ArticleUnits {

    /**
     * One unit. {@code kind}, {@code section} and {@code paragraph} as in {@link SearchHit};
     * {@code heading} is the heading of the unit's section as the article holds it (null for the title,
     * subtitles and the lead; possibly blank), which the {@code section:} filter searches.
     */
    public record Unit(String kind, int section, int paragraph, String text, String heading) {

        /** Rank multiplier of this unit's kind: title 3, subtitle 2, heading 1.5, else 1. */
        public float boost() {
            return Fields.boost(kind);
        }
    }

    private ArticleUnits() {
    }

    /**
     * The field, besides text, whose value is a unit's own text for its kind — title, section (a
     * heading), caption — or null: its matches highlight the unit too.
     */
    public static String ownField(String kind) {
        return Fields.ownField(kind);
    }

    /** Every unit of {@code a}, in reading order. Blank titles, headings and captions are not units. */
    public static List<Unit> of(Article a) {
        List<Unit> units = new ArrayList<>();
        if (!a.title().isBlank()) units.add(new Unit("title", -1, -1, a.title(), null));
        for (int i = 0; i < a.subtitles().size(); i++) units.add(new Unit("subtitle", -1, i, a.subtitles().get(i), null));
        for (int s = 0; s < a.sections().size(); s++) {
            Section section = a.sections().get(s);
            String heading = section.heading();
            if (heading != null && !heading.isBlank()) units.add(new Unit("heading", s, -1, heading, heading));
            int p = 0;
            int photo = 0;
            for (Block b : section.blocks()) {
                if (b instanceof Paragraph para) {
                    units.add(new Unit("paragraph", s, p++, para.text(), heading));
                } else if (b instanceof Photo ph) {
                    if (!ph.caption().isBlank()) units.add(new Unit("caption", s, photo, ph.caption(), heading));
                    photo++;
                }
            }
        }
        return units;
    }
}
