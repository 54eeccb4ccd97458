package dev.tandem.shared;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What every URL field accepts: an http(s) address, so that no link Tandem shows runs a script or opens a file. */
public final class WebLinks {

    /** For {@code @Pattern(regexp = WebLinks.PATTERN)} on input records. */
    public static final String PATTERN = "https?://\\S+";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private WebLinks() {}

    public static boolean isWebLink(@Nullable String text) {
        return text != null && COMPILED.matcher(text).matches();
    }
}
