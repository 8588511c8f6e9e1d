package id.musrenflow.monitoring.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Where export rows go, one at a time: an Excel sheet streamed through POI's SXSSF (only a window of rows in memory),
 * CSV (RFC 4180; with a byte-order mark for Excel when asked) or a JSON array of objects keyed by the header.
 * Values are Strings, numbers, booleans, dates or null; each format writes them as its own type.
 */
public abstract class RowSink implements Closeable {

    public abstract void header(List<String> names);

    public abstract void row(List<Object> values);

    public static RowSink xlsx(OutputStream out, String sheetName) {
        return new Xlsx(out, sheetName);
    }

    public static RowSink csv(OutputStream out, boolean byteOrderMark) {
        return new Csv(out, byteOrderMark);
    }

    public static RowSink json(OutputStream out) throws IOException {
        return new Json(out);
    }

    private static final class Xlsx extends RowSink {
        private static final int WINDOW = 200;
        private final OutputStream out;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        private final Sheet sheet;
        private final CellStyle money;
        private final CellStyle decimal;
        private final CellStyle date;
        private final CellStyle dateTime;
        private final CellStyle bold;
        private int next;

        Xlsx(OutputStream out, String sheetName) {
            this.out = out;
            // temporary sheet files stay uncompressed: gzip on every 200-row flush costs more CPU than the disk it saves
            workbook.setCompressTempFiles(false);
            sheet = workbook.createSheet(sheetName);
            money = style("#,##0");
            decimal = style("#,##0.######");
            date = style("dd/mm/yyyy");
            dateTime = style("dd/mm/yyyy hh:mm");
            bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
        }

        private CellStyle style(String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        }

        @Override
        public void header(List<String> names) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < names.size(); i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(names.get(i));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
        }

        @Override
        public void row(List<Object> values) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                if (value instanceof BigDecimal number) {
                    cell.setCellValue(number.doubleValue());
                    cell.setCellStyle(number.scale() > 0 && number.stripTrailingZeros().scale() > 0 ? decimal : money);
                } else if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value instanceof LocalDateTime time) {
                    cell.setCellValue(time);
                    cell.setCellStyle(dateTime);
                } else if (value instanceof LocalDate day) {
                    cell.setCellValue(day);
                    cell.setCellStyle(date);
                } else if (value instanceof Boolean flag) {
                    cell.setCellValue(flag);
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }

        @Override
        public void close() throws IOException {
            try {
                workbook.write(out);
            } finally {
                workbook.close();
            }
        }
    }

    private static final class Csv extends RowSink {
        private final BufferedWriter writer;

        Csv(OutputStream out, boolean byteOrderMark) {
            writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            if (byteOrderMark) {
                write("\uFEFF");
            }
        }

        @Override
        public void header(List<String> names) {
            line(List.copyOf(names));
        }

        @Override
        public void row(List<Object> values) {
            line(values);
        }

        private void line(List<?> values) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    line.append(',');
                }
                line.append(quote(text(values.get(i))));
            }
            write(line.append("\r\n").toString());
        }

        private static String text(Object value) {
            if (value == null) {
                return "";
            }
            if (value instanceof BigDecimal number) {
                return number.stripTrailingZeros().toPlainString();
            }
            return value.toString();
        }

        private static String quote(String text) {
            boolean needs = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                    || text.indexOf('\r') >= 0;
            return needs ? '"' + text.replace("\"", "\"\"") + '"' : text;
        }

        private void write(String text) {
            try {
                writer.write(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            writer.flush();
        }
    }

    private static final class Json extends RowSink {
        private final JsonGenerator json;
        private List<String> names = List.of();

        Json(OutputStream out) throws IOException {
            json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
            json.writeStartArray();
        }

        @Override
        public void header(List<String> names) {
            this.names = List.copyOf(names);
        }

        @Override
        public void row(List<Object> values) {
            try {
                json.writeStartObject();
                for (int i = 0; i < values.size(); i++) {
                    json.writeFieldName(names.get(i));
                    Object value = values.get(i);
                    if (value == null) {
                        json.writeNull();
                    } else if (value instanceof BigDecimal number) {
                        json.writeNumber(number.stripTrailingZeros().toPlainString());
                    } else if (value instanceof Integer number) {
                        json.writeNumber(number);
                    } else if (value instanceof Long number) {
                        json.writeNumber(number);
                    } else if (value instanceof Boolean flag) {
                        json.writeBoolean(flag);
                    } else {
                        json.writeString(value.toString());
                    }
                }
                json.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            json.writeEndArray();
            json.close();
        }
    }
}
