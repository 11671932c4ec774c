package kr.gisa.core.archive;

import kr.gisa.core.model.Article;
import kr.gisa.core.search.ArticleSearch;

import java.util.List;

/**
 * A shared, read-mostly archive of articles (a SolrCloud collection): the reader lists, opens and
 * searches it as it does a local library. Images stay with the local library that pushed them.
 */
public interface Archive extends ArticleSearch {

    /** The archive's URL as the user gave it, e.g. {@code http://host:8983/solr/news}. */
    String url();

    /** Articles in a stable order (newest published first, then id), {@code offset} and at most {@code count}. */
    List<ArchiveEntry> list(int offset, int count) throws ArchiveException;

    /** The whole article with its structure (sections, photos with captions and credits). */
    Article load(String id) throws ArchiveException;
}
