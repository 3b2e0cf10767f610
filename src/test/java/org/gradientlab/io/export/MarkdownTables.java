package org.gradientlab.io.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the tables of a Markdown text back: each a list of rows of trimmed cells, header first, separator dropped. */
final class MarkdownTables {

    private MarkdownTables() {
    }

    static List<List<List<String>>> parse(String markdown) {
        List<List<List<String>>> tables = new ArrayList<>();
        List<List<String>> current = null;
        for (String line : markdown.split("\n")) {
            if (!line.startsWith("|")) {
                current = null;
                continue;
            }
            if (current == null) {
                current = new ArrayList<>();
                tables.add(current);
            }
            if (line.startsWith("|---")) {
                continue;
            }
            String inner = line.substring(1, line.length() - 1);
            current.add(Arrays.stream(inner.split("\\|", -1)).map(String::trim).toList());
        }
        return tables;
    }
}
