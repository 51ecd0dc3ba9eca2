package app.frontoffice.events.discord;

import java.util.ArrayList;
import java.util.List;

/** A rich embed. {@code colour} is an RGB integer (e.g. 0xA6CE39). */
public record Embed(
        String title,
        String description,
        Integer colour,
        List<EmbedField> fields,
        String thumbnailUrl,
        String imageUrl,
        String footer,
        String url) {

    public Embed {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent construction, because most embeds set only a few of the parts. */
    public static final class Builder {
        private String title;
        private String description;
        private Integer colour;
        private final List<EmbedField> fields = new ArrayList<>();
        private String thumbnailUrl;
        private String imageUrl;
        private String footer;
        private String url;

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder colour(Integer colour) {
            this.colour = colour;
            return this;
        }

        public Builder field(String name, String value, boolean inline) {
            fields.add(new EmbedField(name, value, inline));
            return this;
        }

        public Builder field(String name, String value) {
            return field(name, value, false);
        }

        public Builder thumbnail(String url) {
            this.thumbnailUrl = url;
            return this;
        }

        public Builder image(String url) {
            this.imageUrl = url;
            return this;
        }

        public Builder footer(String footer) {
            this.footer = footer;
            return this;
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Embed build() {
            return new Embed(title, description, colour, fields, thumbnailUrl, imageUrl, footer, url);
        }
    }
}
