package kr.gisa.core.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kr.gisa.core.model.Article;

/** Reads and writes the versioned {@code article.json} schema. */
public final class ArticleJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ArticleJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Article article) {
        try {
            return MAPPER.writeValueAsString(article) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise article " + article.id(), e);
        }
    }

    /**
     * Parses article JSON, checking its schema name and version.
     *
     * @throws StoreException with a one-line reason when the JSON is malformed or of another schema
     */
    public static Article read(String json) throws StoreException {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("malformed JSON at line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) throw new StoreException("not an article: expected a JSON object");
        String schema = node.path("schema").asText(Article.SCHEMA);
        if (!Article.SCHEMA.equals(schema)) throw new StoreException("not a Gisa article (schema \"" + schema + "\")");
        int version = node.path("version").asInt(Article.SCHEMA_VERSION);
        if (version > Article.SCHEMA_VERSION) {
            throw new StoreException("article schema version " + version + " is newer than this Gisa understands ("
                    + Article.SCHEMA_VERSION + ")");
        }
        if (!node.hasNonNull("id")) throw new StoreException("article has no id");
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        copy.remove("schema");
        copy.remove("version");
        try {
            return MAPPER.treeToValue(copy, Article.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String msg = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new StoreException("invalid article: " + msg);
        }
    }
}
