package io.parley.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Prints rows as aligned columns, cutting long cells with an ellipsis. */
final class TextTable {

    private final List<String> headers;
    private final int[] maxWidths;
    private final List<List<String>> rows = new ArrayList<>();

    /** @param maxWidths the widest each column may be */
    TextTable(List<String> headers, int... maxWidths) {
        this.headers = List.copyOf(headers);
        this.maxWidths = maxWidths.clone();
    }

    void add(List<String> row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String cell = i < row.size() && row.get(i) != null ? row.get(i).replaceAll("\\s+", " ").strip() : "";
            cells.add(cut(cell, maxWidths[i]));
        }
        rows.add(cells);
    }

    void print(PrintStream out) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        out.println(line(headers, widths));
        rows.forEach(row -> out.println(line(row, widths)));
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            line.append(cells.get(i));
            if (i < cells.size() - 1) {
                line.append(" ".repeat(widths[i] - cells.get(i).length() + 2));
            }
        }
        return line.toString().stripTrailing();
    }

    private static String cut(String cell, int max) {
        return cell.length() <= max ? cell : cell.substring(0, max - 1) + "…";
    }
}
