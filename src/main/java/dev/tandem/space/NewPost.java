package dev.tandem.space;

import dev.tandem.partnerships.Visibility;
import org.jspecify.annotations.Nullable;

/**
 * What a new post says: its kind, text, for a resource a link and its title, and who may see it (shared by default;
 * only members may keep a post internal).
 */
public record NewPost(
        PostKind kind,
        String body,
        @Nullable String linkUrl,
        @Nullable String linkTitle,
        @Nullable Visibility visibility) {}
