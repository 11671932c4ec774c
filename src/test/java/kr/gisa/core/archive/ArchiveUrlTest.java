package kr.gisa.core.archive;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Archive URLs as users type them, and the one-line reasons made of SolrJ's messages. */
class ArchiveUrlTest {

    @Test
    void baseUrlAndCollection() throws ArchiveException {
        ArchiveUrl u = ArchiveUrl.parse(" http://host:8983/solr/news/ ");
        assertEquals(List.of("http://host:8983/solr"), u.nodes());
        assertEquals("news", u.collection());
        assertEquals("http://host:8983/solr/news/", u.text());
    }

    @Test
    void severalNodesOfOneCollection() throws ArchiveException {
        ArchiveUrl u = ArchiveUrl.parse("http://a:8983/solr/news, HTTP://b:7574/solr/news,http://a:8983/solr/news");
        assertEquals(List.of("http://a:8983/solr", "http://b:7574/solr"), u.nodes());
        assertEquals("http://a:8983/solr/news", u.first());
    }

    @Test
    void wrongUrlsSayWhatIsExpected() {
        assertEquals("no archive URL given (e.g. http://host:8983/solr/news)", message(" "));
        assertEquals("not an archive URL: host:8983/solr/news (expected http://host:8983/solr/news)", message("host:8983/solr/news"));
        assertEquals("not an archive URL: http://h/solr/news?q=x (expected http://host:8983/solr/news)", message("http://h/solr/news?q=x"));
        assertEquals("the archive URL http://h:8983 names no collection (expected http://host:8983/solr/news)", message("http://h:8983"));
        assertEquals("the archive URLs name different collections (news, old): give nodes of one collection",
                message("http://a/solr/news,http://b/solr/old"));
    }

    @Test
    void serverMessagesBecomeOneLine() {
        assertEquals("Expected mime type in [application/vnd.apache.solr.javabin] but got text/html. <html>",
                SolrErrors.oneLine("Error from server at http://127.0.0.1:1/solr/x: Expected mime type in "
                        + "[application/vnd.apache.solr.javabin] but got text/html. <html>\n<title>Error 404</title>"));
        assertEquals(160, SolrErrors.oneLine("x".repeat(500)).length());
    }

    private static String message(String url) {
        return assertThrows(ArchiveException.class, () -> ArchiveUrl.parse(url)).getMessage();
    }
}
