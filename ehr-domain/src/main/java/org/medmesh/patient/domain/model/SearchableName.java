package org.medmesh.patient.domain.model;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normal form of names for search: accents removed, lower case, split into words. "Zoë Müller-Łukasik" is found by
 * "zoe", "MULLER" or "luka".
 */
public final class SearchableName {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchableName() {
    }

    /** The name folded to unaccented lower case, words separated by single spaces. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(foldSpecialLetters(text), Normalizer.Form.NFD);
        String unaccented = MARKS.matcher(decomposed).replaceAll("");
        return SEPARATORS.matcher(unaccented.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The distinct words of one or more names, folded; the index entries of a patient. */
    public static Set<String> tokens(String... names) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String name : names) {
            String folded = fold(name);
            if (!folded.isEmpty()) {
                tokens.addAll(Arrays.asList(folded.split(" ")));
            }
        }
        return tokens;
    }

    /** The words of a search query, folded; each must be the start of one of a patient's name words. */
    public static List<String> queryTokens(String query) {
        return List.copyOf(tokens(query));
    }

    /** Letters that Unicode decomposition leaves alone. */
    private static String foldSpecialLetters(String text) {
        return text.replace("ß", "ss").replace("Ł", "L").replace("ł", "l").replace("Ø", "O").replace("ø", "o")
                .replace("Æ", "AE").replace("æ", "ae").replace("Œ", "OE").replace("œ", "oe").replace("Đ", "D")
                .replace("đ", "d");
    }
}
