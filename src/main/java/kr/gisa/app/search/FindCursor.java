package kr.gisa.app.search;

import kr.gisa.core.search.ArticleFind;

import java.util.List;

/**
 * Where the reader is among the hits of one in-article find: the current occurrence (n of N),
 * stepping forward and back with wrap-around, as Enter/F3 and Shift+F3 do. Immutable.
 */
record FindCursor(ArticleFind find, int index) {

    static FindCursor of(ArticleFind find) {
        return new FindCursor(find, find.count() == 0 ? -1 : 0);
    }

    /** Starts at the first hit in the given unit (a clicked library result), else at the first hit. */
    static FindCursor at(ArticleFind find, String field, int section, int paragraph) {
        List<ArticleFind.Occurrence> all = find.occurrences();
        for (int i = 0; i < all.size(); i++) {
            ArticleFind.Occurrence o = all.get(i);
            if (o.field().equals(field) && o.section() == section && o.paragraph() == paragraph) {
                return new FindCursor(find, i);
            }
        }
        return of(find);
    }

    int count() {
        return find.count();
    }

    ArticleFind.Occurrence current() {
        return index < 0 ? null : find.occurrences().get(index);
    }

    FindCursor next() {
        return count() == 0 ? this : new FindCursor(find, (index + 1) % count());
    }

    FindCursor previous() {
        return count() == 0 ? this : new FindCursor(find, (index - 1 + count()) % count());
    }

    /** "3 / 12", or "0 / 0" when nothing matched. */
    String counter() {
        return (index + 1) + " / " + count();
    }
}
