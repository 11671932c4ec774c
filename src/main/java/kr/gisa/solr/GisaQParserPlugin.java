package kr.gisa.solr;

import kr.gisa.core.search.QueryCompiler;
import kr.gisa.core.search.QuerySyntax;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;

/**
 * Gisa's query language on a Solr server: {@code {!gisa part=strict|relaxed|highlight|relaxedHighlight v=$gq}}
 * compiles the user's query with the same {@link QuerySyntax} and {@link QueryCompiler} as the embedded
 * index, over the schema's query analyzers (gisa_ko for the Korean fields, gisa_bigram for {@code bigram}),
 * so both engines run the same Lucene query. A query the compiler rejects is a {@link SyntaxError}
 * carrying the compiler's one-line message (Solr answers 400 with it).
 */
public final class GisaQParserPlugin extends QParserPlugin {

    public static final String NAME = "gisa";
    /** Local parameter naming which of the compiled queries to run. */
    public static final String PART = "part";

    @Override
    public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
        return new QParser(qstr, localParams, params, req) {
            @Override
            public Query parse() throws SyntaxError {
                return compile(qstr, localParams == null ? null : localParams.get(PART), req.getSchema().getQueryAnalyzer(),
                        req.getSchema().getIndexAnalyzer());
            }
        };
    }

    /**
     * The {@code part} of {@code query} compiled over {@code analyzer} (per field, as a schema's query
     * analyzer), with {@code indexAnalyzer} (the schema's, per field) telling the compounds indexed whole.
     */
    static Query compile(String query, String part, Analyzer analyzer, Analyzer indexAnalyzer) throws SyntaxError {
        if (query == null || query.isBlank()) throw new SyntaxError("empty query");
        QueryCompiler.Compiled c = new QueryCompiler(analyzer, analyzer, indexAnalyzer).compile(QuerySyntax.parse(query));
        if (c.error() != null) throw new SyntaxError(c.error());
        String p = part == null ? "strict" : part;
        Query q = switch (p) {
            case "strict" -> c.strict();
            case "relaxed" -> c.relaxed();
            case "highlight" -> c.highlight();
            case "relaxedHighlight" -> c.relaxedHighlight();
            default -> throw new SyntaxError("unknown part '" + p + "' (strict, relaxed, highlight or relaxedHighlight)");
        };
        if (q == null) throw new SyntaxError("the query has fewer than two words: it has no relaxed form");
        return q;
    }
}
