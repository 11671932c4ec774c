package kr.gisa.core.brief.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.core.JsonGenerator;
import kr.gisa.core.brief.Briefing;

import java.io.IOException;
import java.io.OutputStream;

/** The briefing model as JSON, for scripts and the summary evaluation. */
public final class JsonExporter implements BriefingExporter {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void write(Briefing briefing, OutputStream out) throws IOException {
        MAPPER.writeValue(out, briefing);
        out.write('\n');
    }

    @Override
    public String extension() {
        return "json";
    }
}
