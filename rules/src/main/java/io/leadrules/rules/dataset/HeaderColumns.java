package io.leadrules.rules.dataset;

import io.leadrules.rules.csv.CsvRecord;
import io.leadrules.rules.scenario.ScenarioColumn;
import io.leadrules.rules.scenario.ScenarioHeader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The meaning of each header of line 1, checked against the allow-list; every problem is collected, not the first. */
final class HeaderColumns {

    private HeaderColumns() {
    }

    /** Whether the text is a header a dataset may have (an attribute header even with a bad name). */
    static boolean isKnown(String text) {
        return DatasetColumn.forHeader(text).isPresent()
                || ScenarioColumn.forHeader(text).filter(ScenarioColumn::describesLead).isPresent()
                || ScenarioHeader.isAttribute(text);
    }

    static List<DatasetHeader.Column> resolve(CsvRecord line1, DatasetPurpose purpose, List<DatasetProblem> problems) {
        if (line1.flaws().stream().anyMatch(flaw -> flaw.kind() == CsvRecord.Kind.TOO_MANY_CELLS)) {
            problems.add(DatasetProblem.of(1, null, null, "line 1 has more than " + DatasetHeader.MAX_COLUMNS
                    + " columns; a dataset has at most " + ScenarioHeader.MAX_ATTRIBUTES + " attribute columns "
                    + "beside the ones listed in the rules authoring guide"));
            return List.of();
        }
        line1.flaws().stream().filter(flaw -> flaw.kind() != CsvRecord.Kind.TOO_LONG).findFirst().ifPresent(flaw ->
                problems.add(DatasetProblem.of(1, CsvRecord.columnLetter(flaw.column()), line1.cell(flaw.column()),
                        "a header in quotes must end at its closing quote (write a \" inside it as \"\")")));
        List<DatasetHeader.Column> columns = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < line1.cells().size(); i++) {
            DatasetHeader.Column column = column(line1.cell(i), i, purpose, problems);
            Integer first = column == null ? null : seen.putIfAbsent(column.text(), i);
            if (first != null) {
                problems.add(DatasetProblem.of(1, CsvRecord.columnLetter(i), line1.cell(i), "the column '"
                        + column.text() + "' is already in column " + CsvRecord.columnLetter(first)));
            }
            columns.add(column);
        }
        List<DatasetColumn> required = purpose.required();
        required.stream().filter(column -> !seen.containsKey(column.header())).forEach(missing ->
                problems.add(DatasetProblem.of(1, null, null, "line 1 has no '" + missing.header() + "' column; "
                        + "every dataset needs " + required.stream().map(DatasetColumn::header)
                        .collect(Collectors.joining(" and ")))));
        return columns;
    }

    private static DatasetHeader.Column column(String header, int index, DatasetPurpose purpose,
                                               List<DatasetProblem> problems) {
        if (header.isBlank()) {
            return null;
        }
        Optional<DatasetColumn> dataset = DatasetColumn.forHeader(header);
        if (dataset.isPresent() && !purpose.allows(dataset.get())) {
            problems.add(DatasetProblem.of(1, CsvRecord.columnLetter(index), header.trim(), "this column is not "
                    + "read here; the columns are " + allHeaders(purpose) + ", and attributes.<name> for each "
                    + "attribute of the lead"));
            return null;
        }
        if (dataset.isPresent()) {
            return new DatasetHeader.Column(dataset.get(), null);
        }
        try {
            Optional<ScenarioHeader> lead = ScenarioHeader.parse(header)
                    .filter(h -> h.isAttribute() || h.column().describesLead());
            if (lead.isPresent()) {
                return new DatasetHeader.Column(null, lead.get());
            }
            problems.add(DatasetProblem.of(1, CsvRecord.columnLetter(index), header.trim(), "unknown column; the "
                    + "columns are " + allHeaders(purpose) + ", and attributes.<name> for each attribute of the lead"));
        } catch (IllegalArgumentException e) {
            problems.add(DatasetProblem.of(1, CsvRecord.columnLetter(index), header.trim(), e.getMessage()));
        }
        return null;
    }

    private static String allHeaders(DatasetPurpose purpose) {
        return Stream.concat(Arrays.stream(DatasetColumn.values()).filter(purpose::allows).map(DatasetColumn::header),
                Arrays.stream(ScenarioColumn.values()).filter(ScenarioColumn::describesLead)
                        .map(ScenarioColumn::header)).collect(Collectors.joining(", "));
    }
}
