package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.SourceLocation;
import java.util.Arrays;

/** Turns character offsets into 1-based line and column numbers. */
final class LineIndex {

    private final String file;
    private final int[] lineStarts;

    LineIndex(String file, String text) {
        this.file = file;
        int[] starts = new int[64];
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    SourceLocation locate(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        int line = found >= 0 ? found : -found - 2;
        return SourceLocation.of(file, line + 1, offset - lineStarts[line] + 1);
    }
}
