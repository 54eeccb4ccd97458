package dev.tandem.contacts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The normalised form search compares: accents stripped, lower-case, letters and digits only. Terms
 * hold nothing else so that their order is the same under PostgreSQL's collations and H2's, and a
 * prefix search is a plain range ({@code term >= prefix and term < upperBound(prefix)}) that any
 * B-tree index serves.
 */
final class SearchText {

    static final int MAX_TERM = 320;
    static final int MAX_QUERY_TOKENS = 5;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private SearchText() {}

    /** Lower-case, without accents, spaces collapsed: "  José  García" is "jose garcia". */
    static String fold(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String stripped =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String lower = stripped.toLowerCase(Locale.ROOT)
                .replace("ß", "ss")
                .replace("æ", "ae")
                .replace("œ", "oe")
                .replace("ø", "o")
                .replace("ł", "l")
                .replace("đ", "d")
                .replace("ð", "d")
                .replace("þ", "th")
                .replace("ı", "i");
        return SPACE.matcher(lower.strip()).replaceAll(" ");
    }

    /** The key names are sorted and compared by. */
    static String sortKey(String name) {
        String key = fold(name);
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    /** The longest prefix of a term kept as a row of its own: a search by up to as many letters reads one range. */
    static final int LONGEST_PREFIX = 6;

    /**
     * A row of a contact's kept prefixes: a prefix and, when a search may need it, the term it comes from. A
     * search by up to {@value #LONGEST_PREFIX} letters reads its prefix's rows and nothing else, so a shorter
     * prefix is one row per contact whatever the terms that share it, with an empty term; a longer search reads
     * the rows of its first {@value #LONGEST_PREFIX} letters and the terms that go on as it does.
     */
    record KeptPrefix(String prefix, String term) {}

    /**
     * The kept prefixes of a record's terms, without repeats. A word keeps its first one to
     * {@value #LONGEST_PREFIX} letters: "rosa" is kept as "r", "ro", "ros" and "rosa". A term that begins with a
     * digit (a number, a postcode, a code such as "3m") keeps none: a query's token that begins with a digit can
     * only match such terms, so a search leads with a word ({@link #leadingWord}) and reads numbers among the terms.
     */
    static Set<KeptPrefix> keptPrefixes(Set<String> terms) {
        Set<KeptPrefix> kept = new LinkedHashSet<>();
        for (String term : terms) {
            if (numberLike(term)) {
                continue;
            }
            int letters = Math.min(LONGEST_PREFIX, term.codePointCount(0, term.length()));
            for (int i = 1; i <= letters; i++) {
                kept.add(new KeptPrefix(
                        term.substring(0, term.offsetByCodePoints(0, i)), i == LONGEST_PREFIX ? term : ""));
            }
        }
        return kept;
    }

    /** Whether a term or a query's token begins with a digit (0–9): a number, a postcode, a code like "3m". */
    static boolean numberLike(String term) {
        return !term.isEmpty() && term.charAt(0) >= '0' && term.charAt(0) <= '9';
    }

    /**
     * The token of a query's prefixes a search by name reads the kept prefixes of: the longest that does not begin
     * with a digit (the fewest matches) and whose kept prefix is not {@code shared} (ADR 14: no rows are kept for
     * it); empty when there is none.
     */
    static Optional<String> leadingWord(List<String> prefixes, Set<String> shared) {
        return prefixes.stream()
                .filter(prefix -> !numberLike(prefix) && !shared.contains(keptPrefix(prefix)))
                .max(Comparator.comparingInt(String::length));
    }

    /** The kept prefix a search by {@code prefix} reads: its first {@value #LONGEST_PREFIX} letters. */
    static String keptPrefix(String prefix) {
        return prefix.codePointCount(0, prefix.length()) <= LONGEST_PREFIX
                ? prefix
                : prefix.substring(0, prefix.offsetByCodePoints(0, LONGEST_PREFIX));
    }

    /** Every word of the texts, and each whitespace-separated token with its punctuation removed. */
    static Set<String> terms(List<@Nullable String> texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts) {
            for (String token : SPACE.split(fold(text))) {
                add(terms, NOT_ALNUM.matcher(token).replaceAll(""));
                for (String part : NOT_ALNUM.split(token)) {
                    add(terms, part);
                }
            }
        }
        return terms;
    }

    /** The prefixes a query asks for: its tokens, folded like terms; at most five. */
    static List<String> prefixes(@Nullable String query) {
        List<String> prefixes = new ArrayList<>();
        for (String token : SPACE.split(fold(query))) {
            String prefix = NOT_ALNUM.matcher(token).replaceAll("");
            if (!prefix.isEmpty() && prefixes.size() < MAX_QUERY_TOKENS && !prefixes.contains(prefix)) {
                prefixes.add(prefix.length() > MAX_TERM ? prefix.substring(0, MAX_TERM) : prefix);
            }
        }
        return prefixes;
    }

    /**
     * The least string greater than every string starting with {@code prefix} ("jo" gives "jp"), or
     * null when there is none ("zz"). Digits and ASCII letters step within [0-9a-z], so the bound
     * is itself a term-like string that every collation orders the same way.
     */
    static @Nullable String upperBound(String prefix) {
        StringBuilder bound = new StringBuilder(prefix);
        while (!bound.isEmpty()) {
            int last = bound.length() - 1;
            char c = bound.charAt(last);
            if (c == 'z' || c == Character.MAX_VALUE) {
                bound.setLength(last);
                continue;
            }
            bound.setCharAt(last, c == '9' ? 'a' : (char) (c + 1));
            return bound.toString();
        }
        return null;
    }

    private static void add(Set<String> terms, String term) {
        if (!term.isEmpty()) {
            terms.add(term.length() > MAX_TERM ? term.substring(0, MAX_TERM) : term);
        }
    }
}
