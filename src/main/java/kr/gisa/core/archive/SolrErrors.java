package kr.gisa.core.archive;

import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.TimeoutException;

/** Turns what SolrJ throws into one line a user can act on. */
final class SolrErrors {

    private SolrErrors() {
    }

    /** True when nothing answered at all: refused, unknown host, timed out, connection dropped. */
    static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                    || t instanceof TimeoutException || t instanceof java.net.SocketTimeoutException
                    || t instanceof ClosedChannelException || t instanceof java.io.EOFException) {
                return true;
            }
            String m = t.getMessage();
            if (m != null && (m.contains("No live SolrServers") || m.contains("Could not find a healthy node")
                    || m.contains("Unable to fetch live_nodes") || m.contains("Connection refused")
                    || m.contains("no servers hosting shard"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Worth retrying after a pause: the node or the shard leader is gone or changing (a leader election
     * takes a few seconds), a server error, a timeout. A bad request or a missing collection is not.
     */
    static boolean transientFailure(Throwable e) {
        if (unreachable(e) || e instanceof IOException || e instanceof SolrServerException) return true;
        if (e instanceof SolrException se) {
            int code = se.code();
            String m = String.valueOf(se.getMessage());
            return code >= 500 || code == -1 || m.contains("leader") || m.contains("No registered leader")
                    || m.contains("no servers hosting shard") || m.contains("recovering");
        }
        return false;
    }

    /** "connection refused" / "timed out" / the server's own first line, shortened. */
    static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) return "connection refused";
            if (t instanceof UnknownHostException) return "unknown host " + t.getMessage();
            if (t instanceof NoRouteToHostException) return "no route to host";
            if (t instanceof TimeoutException || t instanceof java.net.SocketTimeoutException) return "timed out";
            if (t instanceof ClosedChannelException || t instanceof java.io.EOFException) return "the connection was closed";
        }
        Throwable root = e;
        while (root.getCause() != null && root.getMessage() == null) root = root.getCause();
        return oneLine(root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage());
    }

    /** The first line of a server message without SolrJ's "Error from server at URL:" prefix, at most 160 chars. */
    static String oneLine(String message) {
        String m = message.strip();
        int nl = m.indexOf('\n');
        if (nl >= 0) m = m.substring(0, nl).strip();
        if (m.startsWith("Error from server at ")) {
            int colon = m.indexOf(": ", "Error from server at ".length());
            if (colon > 0) m = m.substring(colon + 2);
        }
        return m.length() > 160 ? m.substring(0, 159) + "…" : m;
    }

    /** The archive went away or failed while in use: one line naming it. */
    static ArchiveException inUse(ArchiveUrl url, String doing, Exception e) {
        if (unreachable(e)) {
            return new ArchiveException("the archive " + url.text() + " cannot be reached while " + doing + " ("
                    + reason(e) + "): is the cluster running?", e);
        }
        return new ArchiveException("the archive " + url.text() + " failed while " + doing + ": " + reason(e), e);
    }
}
