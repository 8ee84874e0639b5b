package io.github.chassisspec.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A CSV file read strictly by RFC 4180, each cell kept with the line and column it starts at.
 *
 * <p>Fields are separated by {@code ,} and records by CRLF or LF. A field may be enclosed in double quotes; inside
 * them {@code ""} is one quote and commas and line breaks are part of the value. The first record is the header,
 * whose names are trimmed and must be distinct and non-empty. Completely empty lines are skipped and a final line
 * break does not start a record. Cell values are kept exactly as written; trimming them is the caller's choice.
 *
 * <p>Lines and columns count from 1; columns count Unicode code points, so a CJK or emoji character is one column.
 * A fault in the header, an unclosed quote anywhere, or a file that cannot be read throws {@link CsvException}. Any
 * other fault in a data record spoils that record only: it comes back as a {@link Row} whose {@link Row#problem()}
 * says what is wrong, and the rows around it are read as usual.
 */
final class CsvTable {

    /** Larger files are refused: a variant list is far smaller, and the whole file is held in memory. */
    static final int MAXIMUM_BYTES = 16 * 1024 * 1024;

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final String source;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(String source, List<String> header, List<Row> rows) {
        this.source = source;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    /**
     * Reads a CSV file as strict UTF-8, without a leading byte order mark.
     *
     * @param file the file; its path as given is the source named in messages
     * @return the table
     * @throws CsvException if the file cannot be read, is larger than 16 MiB, is not UTF-8, or its header or a quote
     *         is malformed
     */
    static CsvTable read(Path file) {
        String source = String.valueOf(file);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // One byte past the limit tells an over-large file apart without trusting Files.size on special files.
            bytes = in.readNBytes(MAXIMUM_BYTES + 1);
        } catch (NoSuchFileException exception) {
            throw new CsvException(source, 0, 0, "does not exist");
        } catch (IOException exception) {
            throw new CsvException(source, 0, 0, "cannot be read: " + exception.getMessage());
        }
        if (bytes.length > MAXIMUM_BYTES) {
            throw new CsvException(source, 0, 0, "is larger than 16 MiB");
        }
        // new String(bytes, UTF_8) would silently replace malformed bytes; a decoder set to REPORT refuses them.
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length);
        if (decoder.decode(input, output, true).isError()) {
            throw notUtf8(source, bytes, input.position(), output.flip().toString());
        }
        decoder.flush(output);
        return parse(source, output.flip().toString());
    }

    /** The first byte that is not UTF-8, placed by line and column as the cells are: code points, no byte-order mark. */
    private static CsvException notUtf8(String source, byte[] bytes, int offset, String before) {
        String counted = !before.isEmpty() && before.charAt(0) == BYTE_ORDER_MARK ? before.substring(1) : before;
        int lineStart = counted.lastIndexOf('\n') + 1;
        int line = 1 + (int) counted.chars().filter(character -> character == '\n').count();
        int column = 1 + counted.codePointCount(lineStart, counted.length());
        return new CsvException(source, line, column, String.format(Locale.ROOT,
                "is not valid UTF-8: byte 0x%02X at offset %d; save the file as UTF-8", bytes[offset] & 0xFF, offset));
    }

    /**
     * Parses CSV text; a leading byte order mark is ignored and not counted as a column.
     *
     * @param source the file name used in messages
     * @param text the CSV text
     * @return the table
     * @throws CsvException if the text has no header, the header is malformed, or a quoted field is not closed
     */
    static CsvTable parse(String source, String text) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        String content = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
        Cursor cursor = new Cursor(source, content);

        cursor.skipBlankLines();
        if (cursor.atEnd()) {
            throw error(source, cursor.line, cursor.column, "has no header row; the first row must name the columns");
        }
        RecordResult headerRecord = cursor.readRecord();
        if (headerRecord.problem() != null) {
            throw headerRecord.problem();
        }
        List<String> header = headerNames(source, headerRecord.cells());

        List<Row> rows = new ArrayList<>();
        cursor.skipBlankLines();
        while (!cursor.atEnd()) {
            int rowLine = cursor.line;
            RecordResult record = cursor.readRecord();
            if (record.problem() != null) {
                rows.add(new Row(rowLine, List.of(), record.problem()));
                // The record's end cannot be known after a syntax error, so reading starts afresh on the next line.
                cursor.skipRestOfLine();
            } else {
                rows.add(row(source, header, rowLine, record.cells()));
            }
            cursor.skipBlankLines();
        }
        return new CsvTable(source, header, rows);
    }

    /**
     * Builds the exception for a problem at a place in a source.
     *
     * @param source the file name
     * @param line the line, from 1
     * @param column the column in code points, from 1
     * @param problem what is wrong, without the place
     * @return the exception, for the caller to throw or keep
     */
    static CsvException error(String source, int line, int column, String problem) {
        return new CsvException(source, line, column, problem);
    }

    /** @return the file name used in messages */
    String source() {
        return source;
    }

    /** @return the column names from the first record, trimmed, in file order */
    List<String> header() {
        return header;
    }

    /** @return the data records in file order, bad ones included so that each can be reported where it is */
    List<Row> rows() {
        return rows;
    }

    private static List<String> headerNames(String source, List<RawCell> cells) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> firstColumn = new HashMap<>();
        for (RawCell cell : cells) {
            String name = cell.value().strip();
            int number = names.size() + 1;
            if (name.isEmpty()) {
                throw error(source, cell.line(), cell.column(), "column " + number + " has an empty name");
            }
            Integer earlier = firstColumn.putIfAbsent(name, number);
            if (earlier != null) {
                throw error(source, cell.line(), cell.column(), "column name '" + name + "' repeats column " + earlier);
            }
            names.add(name);
        }
        return names;
    }

    private static Row row(String source, List<String> header, int line, List<RawCell> rawCells) {
        List<Cell> cells = new ArrayList<>();
        // Extra cells have no column name, so only those under a header name are kept.
        for (int index = 0; index < Math.min(rawCells.size(), header.size()); index++) {
            RawCell raw = rawCells.get(index);
            cells.add(new Cell(header.get(index), raw.value(), raw.line(), raw.column()));
        }
        CsvException problem = null;
        if (rawCells.size() != header.size()) {
            problem = error(source, line, 1, "has " + rawCells.size() + (rawCells.size() == 1 ? " cell" : " cells")
                    + " but the header has " + header.size());
        }
        return new Row(line, cells, problem);
    }

    /** A character as a message shows it: invisible ones by their escape, so the message stays on one line. */
    private static String describe(int codePoint) {
        return switch (codePoint) {
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT
                    ? String.format("\\u%04X", codePoint)
                    : Character.toString(codePoint);
        };
    }

    /**
     * One data record.
     *
     * @param line the line the record starts on
     * @param cells the cells under a header name, in column order; empty if the record has a syntax error
     * @param problem what is wrong with the record, or null if it is well formed
     */
    record Row(int line, List<Cell> cells, CsvException problem) {

        /** Copies the cells, so a row cannot change after parsing. */
        Row {
            cells = List.copyOf(cells);
        }

        /** @return whether the record is malformed or has the wrong number of cells */
        boolean isBad() {
            return problem != null;
        }

        /**
         * @param columnName a header name
         * @return the cell under that name, or null if the header has no such column or this row lacks the cell
         */
        Cell cell(String columnName) {
            for (Cell cell : cells) {
                if (cell.column().equals(columnName)) {
                    return cell;
                }
            }
            return null;
        }
    }

    /**
     * One cell of a data record.
     *
     * @param column the header name of its column
     * @param value the value as written, quotes removed and doubled quotes made single, not trimmed
     * @param line the line the cell starts on
     * @param columnNumber the column, in code points, where the cell starts (its opening quote if quoted)
     */
    record Cell(String column, String value, int line, int columnNumber) {
    }

    /** A CSV file that cannot be read, or a record of it that is malformed, with the place of the fault. */
    static final class CsvException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String source;
        private final int line;
        private final int column;
        private final String problem;

        /**
         * @param source the file name
         * @param line the line from 1, or 0 when the problem concerns the whole file
         * @param column the column in code points from 1, or 0 when the problem concerns the whole file
         * @param problem what is wrong, without the place
         */
        CsvException(String source, int line, int column, String problem) {
            super(line == 0 ? source + ": " + problem : source + ":" + line + ":" + column + ": " + problem);
            this.source = source;
            this.line = line;
            this.column = column;
            this.problem = problem;
        }

        /** @return the file name */
        String source() {
            return source;
        }

        /** @return the line from 1, or 0 when the problem concerns the whole file */
        int line() {
            return line;
        }

        /** @return the column in code points from 1, or 0 when the problem concerns the whole file */
        int column() {
            return column;
        }

        /** @return what is wrong, without the place */
        String problem() {
            return problem;
        }
    }

    /** A cell before it is matched with its header name. */
    private record RawCell(String value, int line, int column) {
    }

    /** The cells of one record, or the syntax error that stopped it, in which case the cursor is on the bad character. */
    private record RecordResult(List<RawCell> cells, CsvException problem) {
    }

    /** The reading position in the text, with its line and code-point column. */
    private static final class Cursor {

        private final String source;
        private final String text;
        private int position;
        private int line = 1;
        private int column = 1;

        Cursor(String source, String text) {
            this.source = source;
            this.text = text;
        }

        boolean atEnd() {
            return position >= text.length();
        }

        /** @return the code point at the cursor, or -1 at the end of the text */
        int peek() {
            return atEnd() ? -1 : text.codePointAt(position);
        }

        void advance() {
            int codePoint = text.codePointAt(position);
            position += Character.charCount(codePoint);
            if (codePoint == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }

        /** @return whether the cursor is on a line break: LF, or CR directly followed by LF */
        boolean atLineBreak() {
            int next = peek();
            return next == '\n' || next == '\r' && position + 1 < text.length() && text.charAt(position + 1) == '\n';
        }

        void skipLineBreak() {
            if (peek() == '\r') {
                advance();
            }
            advance();
        }

        void skipBlankLines() {
            while (atLineBreak()) {
                skipLineBreak();
            }
        }

        void skipRestOfLine() {
            while (!atEnd() && peek() != '\n') {
                advance();
            }
            if (!atEnd()) {
                advance();
            }
        }

        /** Reads one record and the line break that ends it; throws only for an unclosed quote. */
        RecordResult readRecord() {
            List<RawCell> cells = new ArrayList<>();
            while (true) {
                int cellLine = line;
                int cellColumn = column;
                StringBuilder value = new StringBuilder();
                if (peek() == '"') {
                    advance();
                    while (true) {
                        if (atEnd()) {
                            // Everything after an unclosed quote was read as its value, so no later row can be trusted.
                            throw error(source, cellLine, cellColumn, "quoted field is not closed");
                        }
                        int character = peek();
                        advance();
                        if (character == '"') {
                            if (peek() != '"') {
                                break;
                            }
                            advance();
                        }
                        value.appendCodePoint(character);
                    }
                    if (peek() != ',' && !atEnd() && !atLineBreak()) {
                        return new RecordResult(null, error(source, line, column,
                                "unexpected character '" + describe(peek()) + "' after a closing quote"));
                    }
                } else {
                    while (!atEnd() && peek() != ',' && !atLineBreak()) {
                        int character = peek();
                        if (character == '"') {
                            return new RecordResult(null, error(source, line, column, "unexpected '\"' in an unquoted "
                                    + "field; enclose the field in double quotes and double the quote"));
                        }
                        if (character == '\r') {
                            return new RecordResult(null, error(source, line, column, "carriage return without a line "
                                    + "feed in an unquoted field; end records with CRLF or LF"));
                        }
                        value.appendCodePoint(character);
                        advance();
                    }
                }
                cells.add(new RawCell(value.toString(), cellLine, cellColumn));
                if (peek() == ',') {
                    advance();
                } else {
                    if (!atEnd()) {
                        skipLineBreak();
                    }
                    return new RecordResult(cells, null);
                }
            }
        }
    }
}
