package id.musrenflow.base;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths of an Excel sheet fitted to the longest text written through it. POI's autoSizeColumn needs AWT
 * fonts, which a headless server may lack; character counts give the same result for plain report texts.
 */
public final class SheetWidths {

    private static final int MAX_WIDTH = 60;
    private final List<Integer> chars = new ArrayList<>();

    /** Writes a text cell (with a style when not null) and widens its column to fit. */
    public void set(Cell cell, String value, CellStyle style) {
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
        fit(cell.getColumnIndex(), value == null ? 0 : value.length());
    }

    public void fit(int column, int length) {
        while (chars.size() <= column) {
            chars.add(6);
        }
        chars.set(column, Math.max(chars.get(column), length));
    }

    public void apply(Sheet sheet) {
        for (int c = 0; c < chars.size(); c++) {
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH, chars.get(c) + 2) * 256);
        }
    }
}
