package io.github.chassisspec.examples.cli;

import io.github.chassisspec.json.SheetException;
import io.github.chassisspec.json.SheetLocation;
import io.github.chassisspec.json.SheetOverride;
import io.github.chassisspec.json.VariantBase;
import io.github.chassisspec.json.VariantSheet;
import io.github.chassisspec.validation.SpecValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV table of variants (FORMAT.md §5 in the README): one row per variant, a {@code variant} column with its
 * name, a {@code base} column with the spec sheet it starts from (relative to the table's folder), and one column
 * per overridden field, named by its path ({@code axles[1].position}, {@code loadCases.laden.mass},
 * {@code powertrain.finalDrive}). An empty cell keeps the base's value. A row with a bad value fails alone, located
 * by line and column; the other rows still run.
 */
final class VariantTable {

    static final String VARIANT = "variant";
    static final String BASE = "base";

    private VariantTable() {
    }

    /**
     * The variants of a table, each read and validated, or unreadable with its line and column.
     *
     * @throws SheetException if the table itself cannot be read or lacks the variant or base column
     */
    static List<SpecCheck> read(Path table, Locale locale) {
        String source = table.toString();
        CsvTable csv;
        try {
            csv = CsvTable.read(table);
        } catch (CsvTable.CsvException e) {
            throw new SheetException(source, "", new SheetLocation(e.line(), e.column()), e.problem());
        }
        for (String required : List.of(VARIANT, BASE)) {
            if (!csv.header().contains(required)) {
                throw new SheetException(source, "", new SheetLocation(1, 1), "has no column \"" + required
                        + "\"; a table of variants needs the columns variant and base, then one column per"
                        + " overridden field such as axles[1].position");
            }
        }
        if (csv.rows().isEmpty()) {
            // A table with a header only would otherwise check nothing and pass.
            throw new SheetException(source, "", SheetLocation.UNKNOWN,
                    "has no variants; list one variant per row under the header");
        }
        Path folder = table.toAbsolutePath().getParent();
        Map<Path, Base> bases = new HashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        List<SpecCheck> checks = new ArrayList<>();
        for (CsvTable.Row row : csv.rows()) {
            String rowSource = source + ":" + row.line();
            if (row.isBad()) {
                CsvTable.CsvException problem = row.problem();
                checks.add(SpecCheck.unreadable(rowSource, nameOf(row),
                        new SheetException(source, "", new SheetLocation(problem.line(), problem.column()),
                                problem.problem())));
                continue;
            }
            CsvTable.Cell variantCell = row.cell(VARIANT);
            String name = variantCell.value().trim();
            if (name.isEmpty()) {
                checks.add(SpecCheck.unreadable(rowSource, "line " + row.line(), cellError(source, variantCell,
                        "the variant has no name")));
                continue;
            }
            Integer earlier = firstLine.putIfAbsent(name, row.line());
            if (earlier != null) {
                checks.add(SpecCheck.unreadable(rowSource, name, cellError(source, variantCell,
                        "the variant " + name + " is already on line " + earlier)));
                continue;
            }
            CsvTable.Cell baseCell = row.cell(BASE);
            if (baseCell.value().isBlank()) {
                checks.add(SpecCheck.unreadable(rowSource, name, cellError(source, baseCell,
                        "the variant has no base spec sheet")));
                continue;
            }
            Path basePath = folder.resolve(baseCell.value().trim()).normalize();
            Base base = bases.computeIfAbsent(basePath, Base::read);
            if (base.error() != null) {
                checks.add(SpecCheck.unreadable(rowSource, name, cellError(source, baseCell,
                        "the base spec sheet cannot be used: " + base.error().getMessage())));
                continue;
            }
            List<SheetOverride> overrides = new ArrayList<>();
            overrides.add(new SheetOverride("/id", name, source, location(variantCell)));
            for (CsvTable.Cell cell : row.cells()) {
                if (cell.column().equals(VARIANT) || cell.column().equals(BASE) || cell.value().isBlank()) {
                    continue;
                }
                overrides.add(new SheetOverride(cell.column(), cell.value().trim(), source, location(cell)));
            }
            try {
                VariantSheet variant = base.sheet().variant(overrides);
                checks.add(SpecCheck.variant(rowSource, variant, SpecValidator.validate(variant.sheet().spec(), locale)));
            } catch (SheetException e) {
                checks.add(SpecCheck.unreadable(rowSource, name, e));
            }
        }
        return checks;
    }

    /** A base sheet read once for all the rows that name it, or why it cannot be used. */
    private record Base(VariantBase sheet, SheetException error) {
        static Base read(Path path) {
            try {
                return new Base(VariantBase.read(path), null);
            } catch (SheetException e) {
                return new Base(null, e);
            }
        }
    }

    private static String nameOf(CsvTable.Row row) {
        CsvTable.Cell cell = row.cell(VARIANT);
        return cell == null || cell.value().isBlank() ? "line " + row.line() : cell.value().trim();
    }

    private static SheetLocation location(CsvTable.Cell cell) {
        return new SheetLocation(cell.line(), cell.columnNumber());
    }

    private static SheetException cellError(String source, CsvTable.Cell cell, String problem) {
        return new SheetException(source, "", location(cell), problem);
    }
}
