package kr.gisa.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A photo: its caption, its credit (e.g. 엔비디아 from [사진=엔비디아]) and, when the image file
 * exists in the library, its path relative to the article folder (e.g. images/1.jpg).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Photo(String caption, String credit, String image) implements Block {
    public Photo {
        caption = caption == null ? "" : caption;
    }
}
