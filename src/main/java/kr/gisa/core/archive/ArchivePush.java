package kr.gisa.core.archive;

import kr.gisa.core.model.Article;
import kr.gisa.core.search.IndexProgress;
import kr.gisa.core.store.ArticleIds;
import kr.gisa.core.store.Library;
import kr.gisa.core.store.StoreException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

/**
 * One push of a library into the archive. The archive's meta documents say which content hash of each
 * article it holds; only articles whose article.json hashes differently are sent, in batches, each
 * batch in an order that makes any interruption harmless: the unit documents first (keys are
 * deterministic, so a unit sent again replaces itself), then the article's documents of other versions
 * are deleted, then the meta document, then a commit. An article whose meta document did not arrive
 * is sent again next time. Transient failures — a node or shard leader going away — are retried with
 * back-off while the cluster elects a new leader.
 */
final class ArchivePush {

    static final int BATCH_ARTICLES = 250;
    static final int BATCH_UNITS = 5000;
    private static final long RETRY_FOR_MILLIS = 60_000;

    private final SolrConnection c;
    private final Library library;
    private final IndexProgress progress;
    private final BooleanSupplier stop;
    private final List<Article> batch = new ArrayList<>();
    private final List<String> hashes = new ArrayList<>();
    private final List<SolrInputDocument> units = new ArrayList<>();
    private final Set<String> replaced = new HashSet<>();
    private int retries;

    ArchivePush(SolrConnection c, Library library, IndexProgress progress, BooleanSupplier stop) {
        this.c = c;
        this.library = library;
        this.progress = progress;
        this.stop = stop;
    }

    PushStats run(boolean prune) throws ArchiveException {
        long start = System.nanoTime();
        List<String> ids;
        try {
            ids = library.ids();
        } catch (StoreException e) {
            throw new ArchiveException(e.getMessage(), e);
        }
        commit(); // what an interrupted push sent but did not commit becomes visible, so it is seen below
        Map<String, String> held = heldHashes();
        List<String> problems = new ArrayList<>();
        int sent = 0, unchanged = 0;
        boolean stopped = false;
        progress.progress(0, ids.size(), "pushing");
        for (int i = 0; i < ids.size(); i++) {
            if (stop.getAsBoolean()) {
                stopped = true;
                break;
            }
            String id = ids.get(i);
            try {
                String hash = ArticleIds.sha256(Files.readAllBytes(library.root().resolve(id).resolve(Library.ARTICLE_JSON)));
                if (hash.equals(held.get(id))) {
                    unchanged++;
                } else {
                    add(library.load(id), hash, held.containsKey(id));
                    sent++;
                }
            } catch (StoreException e) {
                problems.add("not pushed: " + e.getMessage());
            } catch (IOException e) {
                problems.add("not pushed: cannot read article " + id + ": " + Library.describe(e));
            }
            if (batch.size() >= BATCH_ARTICLES || units.size() >= BATCH_UNITS) flush();
            if ((i & 15) == 15 || i == ids.size() - 1) progress.progress(i + 1, ids.size(), "pushing");
        }
        flush();
        Set<String> gone = new HashSet<>(held.keySet());
        gone.removeAll(ids);
        int removed = 0;
        if (prune && !stopped && !gone.isEmpty()) {
            removed = remove(new ArrayList<>(gone));
            gone.clear();
        }
        return new PushStats(ids.size(), sent, unchanged, removed, gone.size(), problems, stopped, retries,
                (System.nanoTime() - start) / 1_000_000);
    }

    private void add(Article a, String hash, boolean replacing) {
        batch.add(a);
        hashes.add(hash);
        units.addAll(SolrDocs.units(a, hash));
        if (replacing) replaced.add(a.id());
    }

    /**
     * Sends the batch: units, then the documents of other versions of these articles deleted, then the
     * meta documents, then a commit. A delete-by-query costs the cluster far more than a query, so it is
     * sent only for articles the archive held (changed) or holds traces of (an interrupted push).
     */
    private void flush() throws ArchiveException {
        if (batch.isEmpty()) return;
        boolean traces = leftovers();
        if (!units.isEmpty()) update("sending articles", new UpdateRequest().add(units));
        StringBuilder stale = new StringBuilder();
        List<SolrInputDocument> metas = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            String id = batch.get(i).id();
            String rev = hashes.get(i);
            if (traces || replaced.contains(id)) {
                stale.append("(+id:\"").append(id).append("\" -rev:\"").append(rev).append("\") ")
                        .append("(+meta_id:\"").append(id).append("\" -rev:\"").append(rev).append("\") ");
            }
            metas.add(SolrDocs.meta(batch.get(i), rev));
        }
        if (!stale.isEmpty()) update("replacing older versions", new UpdateRequest().deleteByQuery(stale.toString().strip()));
        update("sending articles", new UpdateRequest().add(metas));
        commit();
        batch.clear();
        hashes.clear();
        units.clear();
        replaced.clear();
    }

    /** True when the archive holds documents of a new article of the batch: units an interrupted push sent. */
    private boolean leftovers() throws ArchiveException {
        List<String> fresh = batch.stream().map(Article::id).filter(id -> !replaced.contains(id)).toList();
        if (fresh.isEmpty()) return false;
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "{!terms f=" + SolrDocs.ID + "}" + String.join(",", fresh));
        p.set("rows", 0);
        QueryResponse r = retrying("checking for an interrupted push",
                () -> c.query(p));
        return r.getResults().getNumFound() > 0;
    }

    /** Deletes every document of the given articles, in batches. */
    private int remove(List<String> ids) throws ArchiveException {
        for (int from = 0; from < ids.size(); from += BATCH_ARTICLES) {
            StringBuilder q = new StringBuilder();
            for (String id : ids.subList(from, Math.min(ids.size(), from + BATCH_ARTICLES))) {
                q.append("id:\"").append(id).append("\" meta_id:\"").append(id).append("\" ");
            }
            update("removing articles", new UpdateRequest().deleteByQuery(q.toString().strip()));
            commit();
        }
        return ids.size();
    }

    private void commit() throws ArchiveException {
        UpdateRequest commit = new UpdateRequest();
        commit.setAction(UpdateRequest.ACTION.COMMIT, true, true);
        update("committing", commit);
    }

    private void update(String doing, UpdateRequest request) throws ArchiveException {
        retrying(doing, () -> c.request(request));
    }

    /** The content hash of every article the archive holds, read with a cursor (no deep paging). */
    private Map<String, String> heldHashes() throws ArchiveException {
        Map<String, String> held = new HashMap<>();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            ModifiableSolrParams p = new ModifiableSolrParams();
            p.set("q", "{!term f=" + SolrDocs.TYPE + "}" + SolrDocs.META);
            p.set("fl", SolrDocs.META_ID + "," + SolrDocs.HASH);
            p.set("sort", SolrDocs.KEY + " asc");
            p.set("rows", 2000);
            p.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = retrying("reading what the archive holds",
                    () -> c.query(p));
            for (SolrDocument d : r.getResults()) held.put((String) d.getFieldValue(SolrDocs.META_ID), (String) d.getFieldValue(SolrDocs.HASH));
            if (cursor.equals(r.getNextCursorMark())) return held;
            cursor = r.getNextCursorMark();
        }
    }

    /** Runs an idempotent request, repeating it with back-off while the failure looks transient. */
    private <T> T retrying(String doing, Callable<T> call) throws ArchiveException {
        long deadline = System.currentTimeMillis() + RETRY_FOR_MILLIS;
        long pause = 250;
        while (true) {
            try {
                return call.call();
            } catch (Exception e) {
                if (!SolrErrors.transientFailure(e) || System.currentTimeMillis() + pause > deadline) {
                    throw c.failure(doing, e);
                }
                retries++;
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new ArchiveException("push interrupted while " + doing, ie);
                }
                pause = Math.min(pause * 2, 4000);
            }
        }
    }
}
