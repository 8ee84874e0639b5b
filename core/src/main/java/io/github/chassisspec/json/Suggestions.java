package io.github.chassisspec.json;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" for misspelt field names and values. */
final class Suggestions {

    private Suggestions() {
    }

    /**
     * The candidate closest to {@code text} when it is close enough to be a slip: the same ignoring case, or
     * at most two edits (a swap of neighbours counts as one) and fewer than a third of the word.
     */
    static String closest(String text, Collection<String> candidates) {
        if (text.length() > 100) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return null;
        }
        int allowed = Math.min(2, Math.max(1, best.length() / 3));
        return bestDistance <= allowed ? best : null;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String left, String right) {
        int[][] table = new int[left.length() + 1][right.length() + 1];
        for (int row = 0; row <= left.length(); row++) {
            table[row][0] = row;
        }
        for (int column = 0; column <= right.length(); column++) {
            table[0][column] = column;
        }
        for (int row = 1; row <= left.length(); row++) {
            for (int column = 1; column <= right.length(); column++) {
                int cost = left.charAt(row - 1) == right.charAt(column - 1) ? 0 : 1;
                int value = Math.min(Math.min(table[row - 1][column] + 1, table[row][column - 1] + 1),
                        table[row - 1][column - 1] + cost);
                if (row > 1 && column > 1 && left.charAt(row - 1) == right.charAt(column - 2)
                        && left.charAt(row - 2) == right.charAt(column - 1)) {
                    value = Math.min(value, table[row - 2][column - 2] + 1);
                }
                table[row][column] = value;
            }
        }
        return table[left.length()][right.length()];
    }
}
