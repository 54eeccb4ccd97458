package dev.tandem.exchange;

import dev.tandem.contacts.ContactImports;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.Ids;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.TooLarge;
import dev.tandem.shared.WorkspaceId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Import and export of a workspace's contacts. A file is read whole, and counted, before anything is
 * written: one that cannot be read is refused (400), one over the size or row limit too (413), and
 * nothing changes. An import is all or nothing: its valid rows are written in one transaction, the
 * others reported. The page flow parks the file with {@link #upload} until it is confirmed, and follows
 * the confirmed import as a job that can be cancelled.
 */
@Service
public class ExchangeService {

    static final Duration UPLOADS_KEPT = Duration.ofDays(1);
    /** How long a confirmation waits for its import before the page shows its progress instead. */
    static final Duration PATIENCE = Duration.ofSeconds(2);

    private final ImportRunner runner;
    private final ImportJobRunner jobRunner;
    private final ImportJobs jobs;
    private final ContactImports contacts;
    private final Uploads uploads;
    private final MessageSource messages;
    private final Clock clock;
    private final long maxBytes;
    private final int maxRows;

    ExchangeService(
            ImportRunner runner,
            ImportJobRunner jobRunner,
            ImportJobs jobs,
            ContactImports contacts,
            Uploads uploads,
            MessageSource messages,
            Clock clock,
            @Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize maxSize,
            @Value("${tandem.import.max-rows:50000}") int maxRows) {
        this.runner = runner;
        this.jobRunner = jobRunner;
        this.jobs = jobs;
        this.contacts = contacts;
        this.uploads = uploads;
        this.messages = messages;
        this.clock = clock;
        this.maxBytes = maxSize.toBytes();
        this.maxRows = maxRows;
    }

    /** Reads and imports a file at once (the API). {@code format} null: told from the content. */
    public ImportResult importFile(WorkspaceContext context, byte[] content, @Nullable FileFormat format) {
        return runner.run(context, read(content, format, List.of()), texts(), done -> {}, result -> {});
    }

    /** Keeps a readable file for its preview and confirmation; refuses one that cannot be read (400) or is too large (413). */
    public UUID upload(WorkspaceContext context, String fileName, byte[] content, @Nullable FileFormat format) {
        FileFormat read = read(content, format, List.of()).format();
        uploads.purgeOlderThan(clock.instant().minus(UPLOADS_KEPT));
        jobs.purgeOlderThan(clock.instant().minus(UPLOADS_KEPT));
        UUID id = Ids.next();
        String name = fileName.isBlank() ? "contacts" : fileName.strip();
        uploads.insert(
                context.workspaceId(),
                id,
                context.userId(),
                name.length() > 255 ? name.substring(0, 255) : name,
                format == null ? null : read,
                content,
                clock.instant());
        return id;
    }

    /** What confirming the upload would do, with the user's column choices ({@code mapping}, CSV only). */
    public ImportPreview preview(WorkspaceContext context, UUID uploadId, List<@Nullable ContactField> mapping) {
        Uploads.Upload upload = upload(context, uploadId);
        ParsedFile file = read(upload.content(), upload.format(), mapping);
        return Previews.of(upload, file, runner.importer(), runner.importer().matches(context), texts());
    }

    /**
     * Starts importing the upload as previewed, as a job with the upload's id, and returns that id once
     * the job ended or has run a moment. A second confirmation finds nothing (404).
     */
    public UUID start(WorkspaceContext context, UUID uploadId, List<@Nullable ContactField> mapping) {
        Uploads.Upload upload = upload(context, uploadId);
        ParsedFile file = read(upload.content(), upload.format(), mapping);
        if (!jobs.start(
                context.workspaceId(), uploadId, context.userId(), upload.fileName(), file.size(), clock.instant())) {
            throw new NotFound("exchange.upload.notFound");
        }
        jobRunner.submit(context, uploadId, file, texts(), PATIENCE);
        return uploadId;
    }

    /** An import job of this user. */
    public ImportJob job(WorkspaceContext context, UUID jobId) {
        return jobs.find(context.workspaceId(), context.userId(), jobId, clock.instant())
                .orElseThrow(() -> new NotFound("exchange.job.notFound"));
    }

    /** Asks a running import to stop; it then writes nothing. One that ended already is left as it is. */
    public void cancel(WorkspaceContext context, UUID jobId) {
        job(context, jobId);
        jobs.cancel(context.workspaceId(), context.userId(), jobId);
    }

    /** Forgets an upload without importing it. */
    public void discard(WorkspaceContext context, UUID uploadId) {
        if (!uploads.delete(context.workspaceId(), context.userId(), uploadId)) {
            throw new NotFound("exchange.upload.notFound");
        }
    }

    /** Every contact of the workspace in the format asked for. */
    public String export(WorkspaceId workspace, ExportFormat format) {
        var drafts = contacts.exportAll(workspace);
        return format == ExportFormat.CSV ? CsvFormat.write(drafts) : VCardFormat.write(drafts, format.vcardVersion());
    }

    private Uploads.Upload upload(WorkspaceContext context, UUID uploadId) {
        return uploads.find(context.workspaceId(), context.userId(), uploadId)
                .orElseThrow(() -> new NotFound("exchange.upload.notFound"));
    }

    private ParsedFile read(byte[] content, @Nullable FileFormat format, List<@Nullable ContactField> mapping) {
        if (content.length > maxBytes) {
            throw new TooLarge("exchange.tooLarge", maxBytes / (1024 * 1024)).on("file");
        }
        ParsedFile file;
        try {
            file = ParsedFile.read(content, format, mapping);
        } catch (UnreadableFile e) {
            throw new InvalidInput(e.messageKey()).on("file");
        }
        if (file.size() > maxRows) {
            throw new TooLarge("exchange.tooManyRows", file.size(), maxRows).on("file");
        }
        return file;
    }

    /** Messages in the language of the request, also for a job that runs after it. */
    private BiFunction<String, Object[], String> texts() {
        Locale locale = LocaleContextHolder.getLocale();
        return (key, args) -> messages.getMessage(key, args, key, locale);
    }
}
