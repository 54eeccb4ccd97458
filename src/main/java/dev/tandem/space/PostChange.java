package dev.tandem.space;

import dev.tandem.partnerships.Visibility;
import org.jspecify.annotations.Nullable;

/** A change to a post: each field null keeps what it was. */
public record PostChange(
        @Nullable String body,
        @Nullable String linkUrl,
        @Nullable String linkTitle,
        @Nullable Visibility visibility) {}
