package io.github.chassisspec.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for terminals: left-aligned columns two spaces apart, widths by code points so that
 * "μ" and "°" do not shift the columns, no trailing spaces. Not thread-safe; build, render, discard.
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
                widths[column] = Math.max(widths[column], row[column].codePointCount(0, row[column].length()));
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int column = 0; column < row.length; column++) {
                line.append(row[column]);
                line.append(" ".repeat(widths[column] - row[column].codePointCount(0, row[column].length()) + 2));
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }
}
