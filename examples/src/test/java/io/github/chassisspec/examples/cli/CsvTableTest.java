package io.github.chassisspec.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.examples.cli.CsvTable.Cell;
import io.github.chassisspec.examples.cli.CsvTable.CsvException;
import io.github.chassisspec.examples.cli.CsvTable.Row;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Strict RFC 4180 reading with the place of every cell, and the message and place of every fault. */
class CsvTableTest {

    private static final String UNQUOTED_QUOTE =
            "unexpected '\"' in an unquoted field; enclose the field in double quotes and double the quote";

    @TempDir
    Path folder;

    private static List<String> values(Row row) {
        return row.cells().stream().map(Cell::value).toList();
    }

    private static String message(String text) {
        return assertThrows(CsvException.class, () -> CsvTable.parse("v.csv", text)).getMessage();
    }

    @Test
    void simpleTable_keepsHeaderValuesAndPlaces() {
        CsvTable table = CsvTable.parse("v.csv", "id,axles,mass\nBUS-1,2, 16 t\nBUS-2,3,26 t\n");
        assertEquals("v.csv", table.source());
        assertEquals(List.of("id", "axles", "mass"), table.header());
        assertEquals(2, table.rows().size());
        Row first = table.rows().get(0);
        assertFalse(first.isBad());
        assertNull(first.problem());
        assertEquals(2, first.line());
        // Whitespace is the caller's to trim.
        assertEquals(List.of("BUS-1", "2", " 16 t"), values(first));
        assertEquals(new Cell("mass", " 16 t", 2, 9), first.cell("mass"));
        assertNull(first.cell("colour"));
        assertEquals(new Cell("id", "BUS-2", 3, 1), table.rows().get(1).cell("id"));
    }

    @Test
    void headerNames_areTrimmed() {
        CsvTable table = CsvTable.parse("v.csv", " id ,\"\tmass \"\nA,1\n");
        assertEquals(List.of("id", "mass"), table.header());
        assertEquals("1", table.rows().get(0).cell("mass").value());
    }

    @Test
    void crlfAndLf_bothEndRecords_evenMixed() {
        CsvTable crlf = CsvTable.parse("v.csv", "a,b\r\n1,2\r\n3,4\r\n");
        CsvTable lf = CsvTable.parse("v.csv", "a,b\n1,2\n3,4\n");
        CsvTable mixed = CsvTable.parse("v.csv", "a,b\r\n1,2\n3,4");
        for (CsvTable table : List.of(crlf, lf, mixed)) {
            assertEquals(List.of("a", "b"), table.header());
            assertEquals(List.of("1", "2"), values(table.rows().get(0)));
            assertEquals(List.of("3", "4"), values(table.rows().get(1)));
            assertEquals(new Cell("b", "4", 3, 3), table.rows().get(1).cell("b"));
        }
    }

    @Test
    void quotedCells_holdCommasDoubledQuotesAndLineBreaks_andLaterCellsKeepTheirPlaces() {
        String text = "id,name,note\n"
                + "1,\"a, b\",\"say \"\"hi\"\"\"\n"
                + "2,\"two\r\nlines\",x\n"
                + "3,\"\",\"\"\"\"\n";
        CsvTable table = CsvTable.parse("v.csv", text);
        List<Row> rows = table.rows();
        assertEquals(3, rows.size());

        assertEquals(List.of("1", "a, b", "say \"hi\""), values(rows.get(0)));
        assertEquals(new Cell("name", "a, b", 2, 3), rows.get(0).cell("name"));
        assertEquals(new Cell("note", "say \"hi\"", 2, 10), rows.get(0).cell("note"));

        // The line break inside quotes is kept as written, and the cell after it is on the next line.
        assertEquals(3, rows.get(1).line());
        assertEquals(new Cell("name", "two\r\nlines", 3, 3), rows.get(1).cell("name"));
        assertEquals(new Cell("note", "x", 4, 8), rows.get(1).cell("note"));

        assertEquals(5, rows.get(2).line());
        assertEquals(List.of("3", "", "\""), values(rows.get(2)));
        assertEquals(new Cell("note", "\"", 5, 6), rows.get(2).cell("note"));
    }

    @Test
    void columns_countCodePoints() {
        CsvTable table = CsvTable.parse("v.csv", "名前,𠀋,x\n車両,𠀋𠀋,y\n");
        assertEquals(List.of("名前", "𠀋", "x"), table.header());
        assertEquals(new Cell("x", "y", 2, 7), table.rows().get(0).cell("x"));
        assertEquals("v.csv:1:5: unexpected character 'x' after a closing quote", message("\"中𠀋\"x,b\n"));
    }

    @Test
    void blankLines_areSkipped_andAFinalLineBreakAddsNoRecord() {
        CsvTable table = CsvTable.parse("v.csv", "\n\r\na,b\n\n1,2\r\n\r\n\n3,4\n\n");
        assertEquals(List.of("a", "b"), table.header());
        assertEquals(2, table.rows().size());
        assertEquals(5, table.rows().get(0).line());
        assertEquals(8, table.rows().get(1).line());
        assertTrue(table.rows().stream().noneMatch(Row::isBad));

        assertEquals(1, CsvTable.parse("v.csv", "a,b\n1,2\n").rows().size());
        assertEquals(1, CsvTable.parse("v.csv", "a,b\n1,2").rows().size());
        assertEquals(0, CsvTable.parse("v.csv", "a,b\n").rows().size());
        // An empty last cell is a cell, not a missing one.
        assertEquals(List.of("1", ""), values(CsvTable.parse("v.csv", "a,b\n1,").rows().get(0)));
    }

    @Test
    void headerErrors_throwWithTheirPlace() {
        assertEquals("v.csv:1:3: column 2 has an empty name", message("a, ,c\n1,2,3\n"));
        assertEquals("v.csv:1:5: column 3 has an empty name", message("a,b,\n1,2,3\n"));
        assertEquals("v.csv:1:5: column name 'a' repeats column 1", message("a,b, a\n1,2,3\n"));
        assertEquals("v.csv:1:2: " + UNQUOTED_QUOTE, message("a\"b,c\n1,2\n"));
        assertEquals("v.csv:1:4: unexpected character 'x' after a closing quote", message("\"a\"x,b\n1,2\n"));
        assertEquals("v.csv:1:4: unexpected character ' ' after a closing quote", message("\"a\" ,b\n"));
        assertEquals("v.csv:1:4: unexpected character '\\r' after a closing quote", message("\"a\"\r,b\n"));
        assertEquals("v.csv:1:2: carriage return without a line feed in an unquoted field; end records with CRLF or LF",
                message("a\rb,c\n"));
        assertEquals("v.csv:1:1: quoted field is not closed", message("\"a,b\n1,2\n"));
        assertEquals("v.csv:1:1: has no header row; the first row must name the columns", message(""));
        assertEquals("v.csv:3:1: has no header row; the first row must name the columns", message("\n\r\n"));
    }

    @Test
    void exception_exposesItsParts() {
        CsvException exception = assertThrows(CsvException.class,
                () -> CsvTable.parse("fleet.csv", "id,mass\n1,2\n3,\"4\n"));
        assertEquals("fleet.csv", exception.source());
        assertEquals(3, exception.line());
        assertEquals(3, exception.column());
        assertEquals("quoted field is not closed", exception.problem());
        assertEquals("fleet.csv:3:3: quoted field is not closed", exception.getMessage());
        assertEquals("x.csv:4:7: oops", CsvTable.error("x.csv", 4, 7, "oops").getMessage());
    }

    @Test
    void wrongCellCount_spoilsOnlyThatRow() {
        CsvTable table = CsvTable.parse("v.csv", "a,b,c,d\n1,2,3,4\n5,6,7\n8,9,10,11\n12,13,14,15,16\n");
        List<Row> rows = table.rows();
        assertEquals(4, rows.size());
        assertFalse(rows.get(0).isBad());
        assertFalse(rows.get(2).isBad());
        assertEquals(List.of("8", "9", "10", "11"), values(rows.get(2)));

        Row short_ = rows.get(1);
        assertTrue(short_.isBad());
        assertEquals("v.csv:3:1: has 3 cells but the header has 4", short_.problem().getMessage());
        assertEquals(3, short_.problem().line());
        assertEquals(1, short_.problem().column());
        assertEquals("7", short_.cell("c").value());
        assertNull(short_.cell("d"));

        Row long_ = rows.get(3);
        assertEquals("v.csv:5:1: has 5 cells but the header has 4", long_.problem().getMessage());
        assertEquals(List.of("12", "13", "14", "15"), values(long_));

        assertEquals("v.csv:2:1: has 1 cell but the header has 2",
                CsvTable.parse("v.csv", "a,b\nalone\n").rows().get(0).problem().getMessage());
    }

    @Test
    void syntaxErrorInRow3_spoilsOnlyRow3() {
        CsvTable table = CsvTable.parse("v.csv", "a,b\n1,2\nx,y\"z\n3,4\n");
        List<Row> rows = table.rows();
        assertEquals(3, rows.size());
        assertEquals(List.of("1", "2"), values(rows.get(0)));
        assertTrue(rows.get(1).isBad());
        assertEquals(3, rows.get(1).line());
        assertEquals(List.of(), rows.get(1).cells());
        assertEquals("v.csv:3:4: " + UNQUOTED_QUOTE, rows.get(1).problem().getMessage());
        assertEquals(List.of("3", "4"), values(rows.get(2)));
        assertEquals(new Cell("b", "4", 4, 3), rows.get(2).cell("b"));
    }

    @Test
    void syntaxErrorsInDataRows_giveTheExactPlaceOfTheBadCharacter() {
        CsvTable table = CsvTable.parse("v.csv",
                "a,b\n\"multi\nline\"!,2\n1,2\n3,\"q\"\r4\n5,6\r\n7,8\r9\n10,11\n");
        List<Row> rows = table.rows();
        assertEquals(6, rows.size());
        assertEquals("v.csv:3:6: unexpected character '!' after a closing quote", rows.get(0).problem().getMessage());
        assertEquals(2, rows.get(0).line());
        assertEquals(List.of("1", "2"), values(rows.get(1)));
        assertEquals(4, rows.get(1).line());
        // A lone CR is not a record end, so the rest of its line, up to the next LF, is skipped with the bad row.
        assertEquals("v.csv:5:6: unexpected character '\\r' after a closing quote", rows.get(2).problem().getMessage());
        assertEquals(List.of("5", "6"), values(rows.get(3)));
        assertEquals("v.csv:7:4: carriage return without a line feed in an unquoted field; end records with CRLF or LF",
                rows.get(4).problem().getMessage());
        assertEquals(List.of("10", "11"), values(rows.get(5)));
        assertEquals(8, rows.get(5).line());
    }

    @Test
    void unclosedQuoteInADataRow_throws_becauseNothingAfterItCanBeTrusted() {
        assertEquals("v.csv:3:3: quoted field is not closed", message("a,b\n1,2\n3,\"4\n5,6\n"));
    }

    @Test
    void read_stripsTheByteOrderMark_andDoesNotCountIt() throws IOException {
        Path file = folder.resolve("variants.csv");
        Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "id,名前\n1,車\n".getBytes(StandardCharsets.UTF_8)));
        CsvTable table = CsvTable.read(file);
        assertEquals(file.toString(), table.source());
        assertEquals(List.of("id", "名前"), table.header());
        assertEquals(new Cell("名前", "車", 2, 3), table.rows().get(0).cell("名前"));

        Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "a,\"b\"x\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(file + ":1:6: unexpected character 'x' after a closing quote",
                assertThrows(CsvException.class, () -> CsvTable.read(file)).getMessage());
    }

    @Test
    void read_refusesInvalidUtf8() throws IOException {
        Path file = folder.resolve("latin1.csv");
        Files.write(file, new byte[] {'i', 'd', '\n', 'M', (byte) 0xE9, 'g', 'a', '\n'});
        CsvException exception = assertThrows(CsvException.class, () -> CsvTable.read(file));
        // "id\n" is offsets 0 to 2, so 0xE9 is at offset 4, the second character of line 2.
        assertEquals(file + ":2:2: is not valid UTF-8: byte 0xE9 at offset 4; save the file as UTF-8",
                exception.getMessage());
        assertEquals(2, exception.line());
        assertEquals(2, exception.column());
    }

    @Test
    void read_refusesFilesOver16MiB() throws IOException {
        Path file = folder.resolve("huge.csv");
        Files.write(file, new byte[CsvTable.MAXIMUM_BYTES + 1]);
        assertEquals(file + ": is larger than 16 MiB",
                assertThrows(CsvException.class, () -> CsvTable.read(file)).getMessage());
    }

    @Test
    void read_reportsAFileThatCannotBeRead() {
        Path file = folder.resolve("missing.csv");
        assertEquals(file + ": does not exist", assertThrows(CsvException.class, () -> CsvTable.read(file)).getMessage());
        // Any other failure to read says what the system says.
        assertTrue(assertThrows(CsvException.class, () -> CsvTable.read(folder)).getMessage()
                .startsWith(folder + ": cannot be read: "));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    // ---- Property: whatever a plain RFC 4180 writer writes reads back the same, cell places included.

    private static final String[] PIECES = {"a", "Z", "7", " ", ",", "\"", "\n", "\r\n", "中", "車", "𠀋", "é", "-"};

    private record Expected(List<String> header, List<List<Cell>> rows, String text) {
    }

    private static String randomContent(Random random) {
        StringBuilder content = new StringBuilder();
        int length = random.nextInt(7);
        for (int index = 0; index < length; index++) {
            content.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return content.toString();
    }

    /** Writes the table the way RFC 4180 says, noting where each cell starts as it goes. */
    private static Expected write(Random random) {
        int columns = 1 + random.nextInt(5);
        int rowCount = random.nextInt(12);
        String lineBreak = random.nextBoolean() ? "\n" : "\r\n";
        List<String> header = new ArrayList<>();
        for (int column = 0; column < columns; column++) {
            // The index before ':' keeps names distinct; the parser trims names, so the expectation is trimmed too.
            header.add(("c" + column + ":" + randomContent(random)).strip());
        }
        StringBuilder text = new StringBuilder();
        writeRecord(text, header, new ArrayList<>());
        List<List<Cell>> rows = new ArrayList<>();
        for (int row = 0; row < rowCount; row++) {
            text.append(lineBreak);
            List<String> values = new ArrayList<>();
            for (int column = 0; column < columns; column++) {
                values.add(randomContent(random));
            }
            List<int[]> places = new ArrayList<>();
            writeRecord(text, values, places);
            List<Cell> cells = new ArrayList<>();
            for (int column = 0; column < columns; column++) {
                cells.add(new Cell(header.get(column), values.get(column), places.get(column)[0], places.get(column)[1]));
            }
            rows.add(cells);
        }
        if (random.nextBoolean()) {
            text.append(lineBreak);
        }
        return new Expected(header, rows, text.toString());
    }

    private static void writeRecord(StringBuilder text, List<String> values, List<int[]> places) {
        for (int index = 0; index < values.size(); index++) {
            if (index > 0) {
                text.append(',');
            }
            places.add(placeOfEnd(text));
            String value = values.get(index);
            // A lone empty cell would be a blank line, which readers skip, so it is quoted.
            boolean quote = value.contains(",") || value.contains("\"") || value.contains("\r") || value.contains("\n")
                    || values.size() == 1 && value.isEmpty();
            text.append(quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
        }
    }

    /** Line and code-point column of the next character to be written. */
    private static int[] placeOfEnd(StringBuilder text) {
        String written = text.toString();
        int line = 1 + (int) written.chars().filter(character -> character == '\n').count();
        String lastLine = written.substring(written.lastIndexOf('\n') + 1);
        return new int[] {line, 1 + lastLine.codePointCount(0, lastLine.length())};
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void writtenTables_readBackEqual(long seed) {
        Expected expected = write(new Random(seed));
        CsvTable table = CsvTable.parse("random.csv", expected.text());
        assertEquals(expected.header(), table.header(), expected.text());
        assertEquals(expected.rows().size(), table.rows().size(), expected.text());
        for (int index = 0; index < expected.rows().size(); index++) {
            Row row = table.rows().get(index);
            assertNull(row.problem(), expected.text());
            assertEquals(expected.rows().get(index), row.cells(), expected.text());
            assertEquals(expected.rows().get(index).get(0).line(), row.line(), expected.text());
        }
    }
}
