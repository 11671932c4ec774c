package kr.gisa.core.archive;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * An archive URL as the user gives it: {@code http://host:8983/solr/news}, the Solr base URL of one
 * node and the collection; several comma-separated URLs of nodes of the same cluster let it fail over.
 *
 * @param text     the URL as given (trimmed), shown in messages
 * @param nodes    the Solr base URLs, in the order given (e.g. {@code http://host:8983/solr})
 * @param collection the collection name
 */
record ArchiveUrl(String text, List<String> nodes, String collection) {

    static final String EXAMPLE = "http://host:8983/solr/news";

    static ArchiveUrl parse(String url) throws ArchiveException {
        if (url == null || url.isBlank()) throw new ArchiveException("no archive URL given (e.g. " + EXAMPLE + ")");
        List<String> nodes = new ArrayList<>();
        String collection = null;
        for (String part : url.split(",")) {
            String u = part.strip();
            if (u.isEmpty()) continue;
            URI uri;
            try {
                uri = new URI(u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
            } catch (URISyntaxException e) {
                throw new ArchiveException("not an archive URL: " + u + " (expected " + EXAMPLE + ")");
            }
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
                throw new ArchiveException("not an archive URL: " + u + " (expected " + EXAMPLE + ")");
            }
            String path = uri.getPath() == null ? "" : uri.getPath();
            int slash = path.lastIndexOf('/');
            String name = slash < 0 ? "" : path.substring(slash + 1);
            if (slash <= 0 || name.isEmpty()) {
                throw new ArchiveException("the archive URL " + u + " names no collection (expected " + EXAMPLE + ")");
            }
            if (collection != null && !collection.equals(name)) {
                throw new ArchiveException("the archive URLs name different collections (" + collection + ", " + name
                        + "): give nodes of one collection");
            }
            collection = name;
            String base = uri.getScheme().toLowerCase() + "://" + uri.getRawAuthority() + path.substring(0, slash);
            if (!nodes.contains(base)) nodes.add(base);
        }
        if (nodes.isEmpty()) throw new ArchiveException("no archive URL given (e.g. " + EXAMPLE + ")");
        return new ArchiveUrl(url.strip(), List.copyOf(nodes), collection);
    }

    /** The first node's URL with the collection, for messages. */
    String first() {
        return nodes.get(0) + "/" + collection;
    }
}
