package io.github.chassisspec.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for terminals: left-aligned columns two spaces apart, no trailing spaces. Widths are the
 * columns a terminal gives the text: one per code point, so that "μ" and "°" do not shift the columns, and two
 * for the wide characters of Chinese, Japanese and Korean. Not thread-safe; build, render, discard.
 */
public final class TextTable {

    private final List<String[]> rows = new ArrayList<>();

    /** Adds a row; the first row is usually the header. */
    public TextTable row(String... cells) {
        rows.add(cells.clone());
        return this;
    }

    /** The table, each line starting with {@code indent} and ending with a newline. */
    public String render(String indent) {
        int columns = rows.stream().mapToInt(row -> row.length).max().orElse(0);
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int column = 0; column < row.length; column++) {
                widths[column] = Math.max(widths[column], displayWidth(row[column]));
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int column = 0; column < row.length; column++) {
                line.append(row[column]);
                line.append(" ".repeat(widths[column] - displayWidth(row[column]) + 2));
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }

    /** Terminal columns: two for East Asian wide and full-width characters, one for every other code point. */
    static int displayWidth(String text) {
        return text.codePoints().map(point -> isWide(point) ? 2 : 1).sum();
    }

    private static boolean isWide(int point) {
        return (point >= 0x1100 && point <= 0x115F)      // Hangul Jamo
                || (point >= 0x2E80 && point <= 0xA4CF && point != 0x303F) // CJK radicals to Yi, punctuation
                || (point >= 0xAC00 && point <= 0xD7A3)  // Hangul syllables
                || (point >= 0xF900 && point <= 0xFAFF)  // CJK compatibility ideographs
                || (point >= 0xFE30 && point <= 0xFE4F)  // CJK compatibility forms
                || (point >= 0xFF00 && point <= 0xFF60)  // full-width forms
                || (point >= 0xFFE0 && point <= 0xFFE6)
                || (point >= 0x20000 && point <= 0x3FFFD); // CJK extensions
    }
}
