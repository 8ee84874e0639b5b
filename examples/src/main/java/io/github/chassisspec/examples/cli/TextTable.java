package io.github.chassisspec.examples.cli;

import java.util.ArrayList;
import java.util.List;

/** Left-aligned columns separated by two spaces, for tables a person reads at a glance in a terminal. */
final class TextTable {

    private final List<String[]> rows = new ArrayList<>();

    TextTable row(String... cells) {
        rows.add(cells);
        return this;
    }

    /** The table, each line indented by {@code indent}, without trailing spaces. */
    String render(String indent) {
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
                if (column < row.length - 1) {
                    int padding = widths[column] - row[column].codePointCount(0, row[column].length()) + 2;
                    line.append(" ".repeat(padding));
                }
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }
}
