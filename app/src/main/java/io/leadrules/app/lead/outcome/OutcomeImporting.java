package io.leadrules.app.lead.outcome;

import io.leadrules.app.lead.LeadStore;
import io.leadrules.app.lead.StoredLead;
import io.leadrules.app.lead.outcome.ImportRowReading.LeadRef;
import io.leadrules.app.lead.outcome.ImportRowReading.ParsedRow;
import io.leadrules.app.lead.outcome.OutcomeRecording.Result;
import io.leadrules.app.lead.outcome.OutcomeRows.Read;
import io.leadrules.app.system.ProblemException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports outcomes row by row as the body streams in, {@value #CHUNK} rows to a transaction: memory holds one chunk
 * whatever the size of the file, and a failure loses at most the chunk it happened in. Re-sending a file is safe:
 * the rows already stored are duplicates. Rows for unknown or erased leads, and rows that are not outcomes, are
 * rejected rows, not a failed import. Within a chunk the leads are locked in the order of their ids, so two imports
 * that share leads wait for each other instead of deadlocking.
 */
@Service
class OutcomeImporting {

    static final int CHUNK = 500;

    private final ImportRowReading reading;
    private final LeadStore leads;
    private final OutcomeRecording recording;
    private final TransactionTemplate transaction;

    OutcomeImporting(ImportRowReading reading, LeadStore leads, OutcomeRecording recording,
                     TransactionTemplate transaction) {
        this.reading = reading;
        this.leads = leads;
        this.recording = recording;
        this.transaction = transaction;
    }

    OutcomesImported run(OutcomeRows rows) {
        ImportTally tally = new ImportTally(UUID.randomUUID());
        List<ParsedRow> chunk = new ArrayList<>(CHUNK);
        try {
            for (Optional<Read> read = rows.next(); read.isPresent(); read = rows.next()) {
                add(read.get(), chunk, tally);
            }
        } catch (ProblemException unreadable) {
            store(chunk, tally);
            throw withCounts(unreadable, tally.answer());
        }
        store(chunk, tally);
        return tally.answer();
    }

    private void add(Read read, List<ParsedRow> chunk, ImportTally tally) {
        List<RejectedRow> rejections = new ArrayList<>(read.rejections());
        ParsedRow parsed = read.row() == null ? null : reading.read(read.row(), rejections);
        if (parsed == null) {
            tally.rejected(rejections);
            return;
        }
        chunk.add(parsed);
        if (chunk.size() == CHUNK) {
            store(chunk, tally);
        }
    }

    private void store(List<ParsedRow> chunk, ImportTally tally) {
        if (chunk.isEmpty()) {
            return;
        }
        List<ParsedRow> byLead = chunk.stream().sorted(Comparator.comparing(row -> key(row.lead()))).toList();
        transaction.executeWithoutResult(status -> byLead.forEach(row -> store(row, tally)));
        chunk.clear();
    }

    private void store(ParsedRow row, ImportTally tally) {
        LeadRef ref = row.lead();
        Optional<StoredLead> lead = ref.leadId() != null ? leads.lockById(ref.leadId())
                : leads.lockByExternalId(ref.externalId());
        if (lead.isEmpty() || lead.get().erased()) {
            tally.rejected(List.of(new RejectedRow(row.line(), ref.field(), lead.isEmpty()
                    ? "names no lead" : "names a lead that was erased")));
            return;
        }
        Result result = recording.record(lead.get(), row.outcome(), tally.importId()).result();
        switch (result) {
            case CREATED -> tally.imported();
            case DUPLICATE -> tally.duplicate();
            case CONFLICT -> tally.rejected(List.of(new RejectedRow(row.line(), "amount", "the lead has this outcome "
                    + "at this occurredAt already, with another amount or currency")));
        }
    }

    private static String key(LeadRef ref) {
        return ref.leadId() != null ? "id:" + ref.leadId() : "external:" + ref.externalId();
    }

    private static ProblemException withCounts(ProblemException problem, OutcomesImported counts) {
        return problem.with("importId", counts.importId()).with("imported", counts.imported())
                .with("duplicates", counts.duplicates()).with("rejected", counts.rejected());
    }
}
