package kr.gisa.core.archive;

import kr.gisa.core.analysis.KoreanAnalysis;
import kr.gisa.core.model.Article;
import kr.gisa.core.search.ArticleFinder;
import kr.gisa.core.search.IndexProgress;
import kr.gisa.core.search.SearchMode;
import kr.gisa.core.search.SearchPlan;
import kr.gisa.core.search.SearchResult;
import kr.gisa.core.store.ArticleJson;
import kr.gisa.core.store.ArticleIds;
import kr.gisa.core.store.Library;
import kr.gisa.core.store.StoreException;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.schema.SchemaRepresentation;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.params.ModifiableSolrParams;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * A shared archive in a SolrCloud collection, over HTTP only (SolrJ, no ZooKeeper client). Searches
 * give the same hits, spans and snippets as the embedded index of the same articles: the collection's
 * configset carries the same analysis chain and the server compiles queries with the same compiler.
 * Opening checks the URL, the collection and its schema, each failure one line; a failure never
 * touches a local library. Thread-safe.
 */
public final class SolrArchive implements Archive {

    private final SolrConnection c;
    private final KoreanAnalysis analysis = KoreanAnalysis.shipped();
    private final List<String> notes = new ArrayList<>();

    private SolrArchive(SolrConnection c) {
        this.c = c;
    }

    /**
     * Opens the archive at {@code url} ({@code http://host:8983/solr/news}; several comma-separated
     * URLs of nodes of one cluster fail over in turn).
     *
     * @throws ArchiveException one line: unreachable, not Solr, no such collection (naming those that
     *                          exist), or a collection without Gisa's schema or query parser
     */
    public static SolrArchive open(String url) throws ArchiveException {
        ArchiveUrl u = ArchiveUrl.parse(url);
        List<String> collections = new ArrayList<>();
        SolrConnection c = SolrConnection.connect(u, collections);
        return ready(c, () -> {
            if (!collections.contains(u.collection())) throw noCollection(u, collections);
        });
    }

    /**
     * Creates the collection {@code url} names from the configset this Gisa ships, with {@code shards}
     * shards of {@code replicas} replicas each, waits until every replica is active and opens it.
     *
     * @throws ArchiveException one line: unreachable, not Solr, the collection exists already, too few nodes…
     */
    public static SolrArchive create(String url, int shards, int replicas) throws ArchiveException {
        ArchiveUrl u = ArchiveUrl.parse(url);
        List<String> collections = new ArrayList<>();
        SolrConnection c = SolrConnection.connect(u, collections);
        return ready(c, () -> {
            if (collections.contains(u.collection())) {
                throw new ArchiveException("the collection \"" + u.collection() + "\" exists already at " + u.nodes().get(0)
                        + ": push to it with 'gisa archive push --archive " + u.first() + "', or name another");
            }
            ArchiveCreate.run(c, shards, replicas);
        });
    }

    private interface Step {
        void run() throws ArchiveException;
    }

    /** Runs {@code first}, checks the schema and returns the open archive; on any failure the connection is closed. */
    private static SolrArchive ready(SolrConnection c, Step first) throws ArchiveException {
        try {
            first.run();
            SolrArchive archive = new SolrArchive(c);
            archive.checkSchema();
            archive.describe();
            return archive;
        } catch (ArchiveException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private static ArchiveException noCollection(ArchiveUrl u, List<String> collections) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(collections));
        return new ArchiveException("no collection \"" + u.collection() + "\" at " + u.nodes().get(0)
                + (sorted.isEmpty() ? " (it holds none)" : " (it holds: " + String.join(", ", sorted) + ")")
                + ": check the URL, or create it with 'gisa archive create --archive " + u.first() + "'");
    }

    /** The collection must have Gisa's fields and field types and the {@code gisa} query parser. */
    private void checkSchema() throws ArchiveException {
        String name = "the collection \"" + c.url.collection() + "\" at " + c.url.nodes().get(0);
        SchemaRepresentation schema;
        try {
            schema = c.request(new SchemaRequest()).getSchemaRepresentation();
        } catch (SolrServerException | IOException | SolrException e) {
            throw c.failure("reading the schema", e);
        }
        Map<String, String> types = new HashMap<>();
        for (Map<String, Object> f : schema.getFields()) types.put(String.valueOf(f.get("name")), String.valueOf(f.get("type")));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> r : new java.util.TreeMap<>(SolrDocs.REQUIRED).entrySet()) {
            String type = types.get(r.getKey());
            if (type == null) wrong.add(r.getKey() + " (missing)");
            else if (!r.getValue().isEmpty() && !r.getValue().equals(type)) wrong.add(r.getKey() + " (" + type + ", not " + r.getValue() + ")");
        }
        if (!SolrDocs.KEY.equals(schema.getUniqueKey())) wrong.add(0, "uniqueKey " + schema.getUniqueKey() + " (not key)");
        if (!wrong.isEmpty()) {
            String list = String.join(", ", wrong.subList(0, Math.min(4, wrong.size()))) + (wrong.size() > 4 ? ", …" : "");
            throw new ArchiveException(name + " is not a Gisa archive (schema: " + list
                    + "): open a collection made by 'gisa archive create'");
        }
        try {
            ModifiableSolrParams p = new ModifiableSolrParams();
            p.set("q", "{!gisa part=strict v=$gq}");
            p.set("gq", "기사");
            p.set("rows", 0);
            c.query(p);
        } catch (SolrServerException | IOException | SolrException e) {
            if (SolrErrors.unreachable(e)) throw c.failure("checking the query parser", e);
            throw new ArchiveException(name + " cannot run Gisa queries (" + SolrErrors.reason(e)
                    + "): its Solr needs gisa-solr-plugin.jar and the collection the 'gisa' configset", e);
        }
    }

    private void describe() throws ArchiveException {
        DocCollection dc = c.collection();
        if (dc == null) return;
        int replicas = dc.getSlices().stream().mapToInt(s -> s.getReplicas().size()).max().orElse(0);
        addNote("archive " + c.url.text() + " (" + dc.getSlices().size() + (dc.getSlices().size() == 1 ? " shard" : " shards")
                + " × " + replicas + (replicas == 1 ? " replica)" : " replicas)"));
    }

    @Override
    public String url() {
        return c.url.text();
    }

    /** The collection's name. */
    public String collection() {
        return c.url.collection();
    }

    @Override
    public SearchResult search(String query, int limit, SearchMode mode) {
        return SolrSearch.run(c, SearchPlan.of(analysis, query), limit, mode, notes());
    }

    @Override
    public List<ArchiveEntry> list(int offset, int count) throws ArchiveException {
        if (offset < 0 || count < 0) throw new IllegalArgumentException("offset " + offset + ", count " + count);
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "{!term f=" + SolrDocs.TYPE + "}" + SolrDocs.META);
        p.set("fl", String.join(",", SolrDocs.META_ID, SolrDocs.LIST_TITLE, SolrDocs.LIST_PUBLISHER, SolrDocs.LIST_PUBLISHED));
        p.set("sort", SolrDocs.LIST_PUBLISHED + " desc," + SolrDocs.KEY + " asc");
        p.set("start", offset);
        p.set("rows", count);
        List<ArchiveEntry> out = new ArrayList<>();
        for (SolrDocument d : query(p, "listing articles").getResults()) {
            out.add(new ArchiveEntry((String) d.getFieldValue(SolrDocs.META_ID), (String) d.getFieldValue(SolrDocs.LIST_TITLE),
                    (String) d.getFieldValue(SolrDocs.LIST_PUBLISHER), (String) d.getFieldValue(SolrDocs.LIST_PUBLISHED)));
        }
        return out;
    }

    @Override
    public Article load(String id) throws ArchiveException {
        if (!ArticleIds.isValid(id)) throw new ArchiveException("invalid article id \"" + id + "\"");
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "{!term f=" + SolrDocs.KEY + "}" + SolrDocs.metaKey(id));
        p.set("fl", SolrDocs.ARTICLE_JSON);
        p.set("rows", 1);
        QueryResponse r = query(p, "loading article " + id);
        if (r.getResults().isEmpty()) throw new ArchiveException("no article \"" + id + "\" in the archive " + c.url.text());
        try {
            Article a = ArticleJson.read((String) r.getResults().get(0).getFieldValue(SolrDocs.ARTICLE_JSON));
            return a.id().equals(id) ? a : a.withId(id);
        } catch (StoreException | RuntimeException e) {
            throw new ArchiveException("the archive's copy of article " + id + " is unreadable: " + e.getMessage(), e);
        }
    }

    @Override
    public int articleCount() throws IOException {
        try {
            return (int) count();
        } catch (ArchiveException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    long count() throws ArchiveException {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "{!term f=" + SolrDocs.TYPE + "}" + SolrDocs.META);
        p.set("rows", 0);
        return query(p, "counting articles").getResults().getNumFound();
    }

    private QueryResponse query(ModifiableSolrParams p, String doing) throws ArchiveException {
        try {
            return c.query(p);
        } catch (SolrServerException | IOException | SolrException e) {
            throw c.failure(doing, e);
        }
    }

    /**
     * Sends the articles of {@code library} that are new or changed since the last push (resumable:
     * an interrupted push is completed by the next one, nothing is duplicated). Articles the archive
     * holds but the library does not are deleted only with {@code prune}. Stops between batches when
     * {@code stop} says so. The library is only read.
     */
    public PushStats push(Library library, IndexProgress progress, boolean prune, BooleanSupplier stop) throws ArchiveException {
        return new ArchivePush(c, library, progress, stop).run(prune);
    }

    /** Shards, replicas (state, leader, node, documents), live nodes and the number of articles, as of now. */
    public ArchiveStatus status() throws ArchiveException {
        return ArchiveStatus.read(c, count());
    }

    @Override
    public List<String> notes() {
        synchronized (notes) {
            return List.copyOf(notes);
        }
    }

    private void addNote(String note) {
        synchronized (notes) {
            if (!notes.contains(note)) notes.add(note);
        }
    }

    /** Find in an archive article with the shipped analysis, the one the archive's configset carries. */
    @Override
    public ArticleFinder finder(Article article) {
        return new ArticleFinder(article, analysis);
    }

    /**
     * Deletes this archive's collection from the cluster and closes the connection: for collections a
     * program made for itself (the bench's); the window and the commands never delete an archive.
     */
    public void drop() throws ArchiveException {
        try {
            org.apache.solr.client.solrj.request.CollectionAdminRequest.deleteCollection(c.url.collection()).process(c.cloud());
        } catch (SolrServerException | IOException | SolrException e) {
            throw new ArchiveException("cannot delete the collection \"" + c.url.collection() + "\" at " + c.url.nodes().get(0)
                    + ": " + SolrErrors.reason(e), e);
        } finally {
            c.close();
        }
    }

    @Override
    public void close() {
        c.close();
    }
}
