package io.leadrules.app.lead.imports;

import io.leadrules.app.jobs.LocalJobLane;
import io.leadrules.app.jobs.JobProblem;
import io.leadrules.app.system.CurrentActor;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.ProblemMessage;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts lead imports and finds them. An import is accepted only once its file is on disk and its job row committed;
 * jobs run one at a time in the order they were started, on their own lane, acting as the one who started them (the
 * audit entries of the leads name them). Imports a previous run of the service left unfinished are FAILED at
 * startup, and their files deleted; those another live instance sharing the database runs stay its own.
 */
@Service
class LeadImports {

    /** The role {@code POST /api/v1/leads} needs, which storing leads in bulk needs too. */
    static final String STORING_ROLE = "SCORER";

    private final LeadImportStore store;
    private final LeadImportRun run;
    private final LocalJobLane lane;
    private final LeadImportFiles files;
    private final LeadImportSettings settings;
    private final JsonMapper json;
    private final CsvImportReading csv;
    private final CurrentActor actor;
    private final Clock clock;

    LeadImports(LeadImportStore store, LeadImportRun run, @Qualifier(LeadImportLane.NAME) LocalJobLane lane,
                LeadImportFiles files, LeadImportSettings settings, JsonMapper json, CsvImportReading csv,
                CurrentActor actor, Clock clock) {
        this.store = store;
        this.run = run;
        this.lane = lane;
        this.files = files;
        this.settings = settings;
        this.json = json;
        this.csv = csv;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * Keeps the body and queues its import; a 403 problem, before reading it, for a caller without SCORER; a 400
     * problem, with nothing queued, for a CSV whose line 1 cannot be used.
     */
    LeadImport start(InputStream body, ImportFormat format) {
        if (!actor.holds(STORING_ROLE)) {
            throw new ProblemException(LeadImportProblem.STORING_NOT_ALLOWED, actor.name() + " may score leads but "
                    + "not store them: ?store=true needs the " + STORING_ROLE + " role, as POST /api/v1/leads does.")
                    .with("requiredRole", STORING_ROLE);
        }
        UUID id = UUID.randomUUID();
        LeadImportFiles.Kept kept = files.keep(id, body, format);
        LeadImport job = LeadImport.queued(id, kept.lines(), clock.instant().truncatedTo(ChronoUnit.MILLIS),
                actor.name());
        try {
            if (format == ImportFormat.CSV) {
                csv.checkHeader(kept.file());
            }
            store.insert(job);
        } catch (RuntimeException e) {
            files.delete(kept.file());
            throw e;
        }
        ActingAs importer = ActingAs.current();
        lane.submit(id, stop -> importer.run(() -> run.run(job, lines(kept, job), stop)),
                () -> files.delete(kept.file()));
        return job;
    }

    /** The kept file's lines, read as its extension says; CSV offsets count from when the upload was accepted. */
    private LeadLines lines(LeadImportFiles.Kept kept, LeadImport job) {
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(kept.file()));
            return ImportFormat.of(kept.file()) == ImportFormat.CSV ? csv.lines(in, job.createdAt())
                    : new NdjsonLeadLines(in, json, settings.maxLineSize().toBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("the import's file cannot be read", e);
        }
    }

    LeadImport find(UUID id) {
        return store.find(id).orElseThrow(() -> new ProblemException(LeadImportProblem.IMPORT_NOT_FOUND,
                ProblemMessage.of("lead-import-not-found.detail", id))
                .with("importId", id));
    }

    /** Cancels a queued or running import: 404 for an unknown id, 409 for one that had already finished. */
    LeadImport cancel(UUID id) {
        find(id);
        if (!lane.cancel(id, "Cancelled by " + actor.name() + ".")) {
            throw JobProblem.alreadyFinished("lead import", id, find(id).state());
        }
        return find(id);
    }

    /** Page {@code page} (from 0) of the imports, newest first, and how many there are in all. */
    Listed page(int page, int size) {
        return new Listed(store.page((long) page * size, size), page, size, store.count());
    }

    /** One page of the imports: {@code page} counts from 0, {@code total} is the number on all pages. */
    @Schema(name = "LeadImportPage", description = "A page of lead imports, newest first")
    record Listed(List<LeadImport> items, int page, int size, long total) {
    }
}
