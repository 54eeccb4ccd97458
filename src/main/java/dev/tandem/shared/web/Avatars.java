package dev.tandem.shared.web;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What {@code fragments/avatar :: avatar} shows for a person in a list: the initials of their name and one of
 * {@value #COLOURS} colours ({@code .avatar-0} … in the stylesheet, each with a text colour that meets AA contrast),
 * always the same for the same id.
 */
@Component("avatars")
public class Avatars {

    public static final int COLOURS = 12;

    /**
     * The first letter of the first and of the last word, as written ("Željka Ćosić" gives "ŽĆ"; "Ada" gives "A"):
     * whole characters, accents and combining marks included, never half a surrogate pair. "?" for no letter at all.
     */
    public String initials(@Nullable String name) {
        if (name == null) {
            return "?";
        }
        List<String> firsts = new ArrayList<>();
        for (String word :
                Normalizer.normalize(name, Normalizer.Form.NFC).strip().split("[\\s\\-–—]+")) {
            String first = firstLetter(word);
            if (first != null) {
                firsts.add(first);
            }
        }
        if (firsts.isEmpty()) {
            return "?";
        }
        String initials = firsts.size() == 1 ? firsts.get(0) : firsts.get(0) + firsts.get(firsts.size() - 1);
        return initials.toUpperCase(Locale.ROOT);
    }

    /** The colour (0 to {@value #COLOURS} - 1) of the person with this id, the same on every page and every run. */
    public int colour(@Nullable Object id) {
        return id == null ? 0 : Math.floorMod(id.toString().hashCode(), COLOURS);
    }

    private static @Nullable String firstLetter(String word) {
        var characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(word);
        int start = characters.first();
        for (int end = characters.next(); end != BreakIterator.DONE; start = end, end = characters.next()) {
            if (Character.isLetterOrDigit(word.codePointAt(start))) {
                return word.substring(start, end);
            }
        }
        return null;
    }
}
