package io.parley.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints rows as aligned columns that fit a line width (cutting long cells with an ellipsis, the widest column
 * first), or as CSV with every cell whole.
 */
final class TextTable {

    /** The line width when the environment gives none ({@code COLUMNS}), such as output into a file or a pipe. */
    static final int DEFAULT_WIDTH = 80;
    private static final int NARROWEST = 6;
    private static final int LAST_KEEPS = 16;

    private final List<String> headers;
    private final int[] maxWidths;
    private final List<List<String>> rows = new ArrayList<>();

    /** @param maxWidths the widest each column may be */
    TextTable(List<String> headers, int... maxWidths) {
        this.headers = List.copyOf(headers);
        this.maxWidths = maxWidths.clone();
    }

    /** The width output should fit: {@code COLUMNS} when the shell exports it, else {@value #DEFAULT_WIDTH}. */
    static int lineWidth() {
        String columns = System.getenv("COLUMNS");
        try {
            int width = columns == null ? DEFAULT_WIDTH : Integer.parseInt(columns.strip());
            return width >= 20 ? width : DEFAULT_WIDTH;
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }

    void add(List<String> row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            cells.add(i < row.size() && row.get(i) != null ? row.get(i).replaceAll("\\s+", " ").strip() : "");
        }
        rows.add(cells);
    }

    /** Prints the table within {@link #lineWidth()} columns. */
    void print(PrintStream out) {
        print(out, lineWidth());
    }

    /** Prints the table within {@code lineWidth} columns. */
    void print(PrintStream out, int lineWidth) {
        int[] widths = fit(natural(), lineWidth);
        out.println(line(headers, widths));
        rows.forEach(row -> out.println(line(row, widths)));
    }

    /** Prints the table as CSV (RFC 4180: cells quoted when they hold a comma, quote or line break). */
    void printCsv(PrintStream out) {
        out.print(csvLine(headers));
        rows.forEach(row -> out.print(csvLine(row)));
    }

    private int[] natural() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], Math.min(maxWidths[i], row.get(i).length()));
            }
        }
        return widths;
    }

    /**
     * Narrows the last column (the free text: evidence, what was said) down to {@value #LAST_KEEPS}, then the
     * widest column, one character at a time, until the line fits (or every column is narrowest).
     */
    static int[] fit(int[] widths, int lineWidth) {
        int[] fitted = widths.clone();
        int last = fitted.length - 1;
        fitted[last] = Math.max(Math.min(fitted[last], LAST_KEEPS), fitted[last] - (total(fitted) - lineWidth));
        while (total(fitted) > lineWidth) {
            int widest = 0;
            for (int i = 1; i < fitted.length; i++) {
                widest = fitted[i] > fitted[widest] ? i : widest;
            }
            if (fitted[widest] <= NARROWEST) {
                break;
            }
            fitted[widest]--;
        }
        return fitted;
    }

    private static int total(int[] widths) {
        int sum = 2 * (widths.length - 1);
        for (int w : widths) {
            sum += w;
        }
        return sum;
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cut(cells.get(i), widths[i]);
            line.append(cell);
            if (i < cells.size() - 1) {
                line.append(" ".repeat(widths[i] - cell.length() + 2));
            }
        }
        return line.toString().stripTrailing();
    }

    private static String cut(String cell, int max) {
        return cell.length() <= max ? cell : cell.substring(0, max - 1) + "…";
    }

    private static String csvLine(List<String> cells) {
        List<String> quoted = new ArrayList<>();
        for (String cell : cells) {
            boolean plain = cell.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
            quoted.add(plain ? cell : '"' + cell.replace("\"", "\"\"") + '"');
        }
        // Rows end in a bare newline: the terminal filter (SafeOutput) shows a carriage return as an escape.
        return String.join(",", quoted) + "\n";
    }
}
