package dev.blogapi.post;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link Post.Visibility} by its wire name ({@code public}, {@code members}, …). */
@Converter
class VisibilityColumn implements AttributeConverter<Post.Visibility, String> {

    @Override
    public String convertToDatabaseColumn(Post.Visibility visibility) {
        return visibility == null ? null : visibility.wireName();
    }

    @Override
    public Post.Visibility convertToEntityAttribute(String column) {
        return column == null ? null : Post.Visibility.ofWireName(column);
    }
}
