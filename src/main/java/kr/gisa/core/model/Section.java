package kr.gisa.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A run of blocks under one heading. The lead (text before the first heading) has a null heading.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Section(String heading, List<Block> blocks) {

    public Section {
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    @JsonIgnore
    public boolean isLead() {
        return heading == null;
    }

    @JsonIgnore
    public List<Paragraph> paragraphs() {
        return blocks.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
    }

    @JsonIgnore
    public List<Photo> photos() {
        return blocks.stream().filter(Photo.class::isInstance).map(Photo.class::cast).toList();
    }
}
