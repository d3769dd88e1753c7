package org.medmesh.shared.domain.model;

import java.util.function.IntPredicate;

/**
 * What text typed by staff may contain, one rule for every field. <b>Identifying text</b> (names, identifiers, display
 * names) is one line without control characters (Unicode Cc: NUL, TAB, CR, LF, …) or format characters (Cf: zero-width
 * characters, bidi controls, …), which can hide a name's real spelling or reorder what a reader sees. <b>Prose</b>
 * (notes, reasons) keeps line breaks and tabs but no other control character and no bidi override or isolate
 * (U+202A–U+202E, U+2066–U+2069). Text that must say something has to hold a character a reader can see.
 */
public final class TextRules {

    private TextRules() {
    }

    /** The identifying text, refused ({@link TextRejected} naming {@code field}) if it holds Cc or Cf characters. */
    public static String requireIdentifying(String value, String field) {
        return refuse(value, field, TextRules::controlOrFormat);
    }

    /** The prose, refused if it holds a control character other than CR, LF and TAB, or a bidi override or isolate. */
    public static String requireProse(String value, String field) {
        return refuse(value, field, TextRules::hiddenInProse);
    }

    /** The text, refused with {@code ifEmpty} unless {@link #hasVisibleText(String) a reader can see some of it}. */
    public static String requireVisible(String value, String field, String ifEmpty) {
        if (!hasVisibleText(value)) {
            throw new TextRejected(field, ifEmpty);
        }
        return value;
    }

    /**
     * Whether anything is left once whitespace (Unicode white space and space separators, so also U+00A0 no-break
     * space, U+2000–U+200A and U+3000), format characters (U+200B zero-width space, U+FEFF, bidi controls, …) and
     * control characters are taken out.
     */
    public static boolean hasVisibleText(String value) {
        return value != null && value.codePoints().anyMatch(c -> !invisible(c));
    }

    private static String refuse(String value, String field, IntPredicate refused) {
        if (value == null) {
            return null;
        }
        int position = 0;
        for (int offset = 0; offset < value.length(); position++) {
            int c = value.codePointAt(offset);
            if (refused.test(c)) {
                throw new TextRejected(field, "'" + field + "' holds an invisible or control character ("
                        + String.format("U+%04X", c) + ") at position " + (position + 1) + "; remove it.");
            }
            offset += Character.charCount(c);
        }
        return value;
    }

    private static boolean invisible(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || controlOrFormat(c);
    }

    private static boolean controlOrFormat(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT;
    }

    private static boolean hiddenInProse(int c) {
        boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
        return Character.getType(c) == Character.CONTROL && !lineBreakOrTab || bidiOverrideOrIsolate(c);
    }

    private static boolean bidiOverrideOrIsolate(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }
}
