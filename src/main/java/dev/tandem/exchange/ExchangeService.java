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
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Import and export of a workspace's contacts. A file is read whole before anything is written: one
 * that cannot be read is refused (400) and changes nothing; otherwise valid rows are written and the
 * others reported. The page flow parks the file with {@link #upload} until it is confirmed.
 */
@Service
public class ExchangeService {

    static final Duration UPLOADS_KEPT = Duration.ofDays(1);

    private final Importer importer;
    private final ContactImports contacts;
    private final Uploads uploads;
    private final MessageSource messages;
    private final Clock clock;
    private final long maxBytes;

    ExchangeService(ContactImports contacts, Uploads uploads, MessageSource messages, Clock clock,
            @Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize maxSize) {
        this.importer = new Importer(contacts);
        this.contacts = contacts;
        this.uploads = uploads;
        this.messages = messages;
        this.clock = clock;
        this.maxBytes = maxSize.toBytes();
    }

    /** Reads and imports a file at once (the API). {@code format} null: told from the content. */
    public ImportResult importFile(WorkspaceContext context, byte[] content, @Nullable FileFormat format) {
        return importer.run(context, read(content, format, List.of()), this::text);
    }

    /** Keeps a readable file for its preview and confirmation; refuses one that cannot be read (400) or is too large (413). */
    public UUID upload(WorkspaceContext context, String fileName, byte[] content, @Nullable FileFormat format) {
        FileFormat read = read(content, format, List.of()).format();
        uploads.purgeOlderThan(clock.instant().minus(UPLOADS_KEPT));
        UUID id = Ids.next();
        String name = fileName.isBlank() ? "contacts" : fileName.strip();
        uploads.insert(context.workspaceId(), id, context.userId(), name.length() > 255 ? name.substring(0, 255) : name,
                format == null ? null : read, content, clock.instant());
        return id;
    }

    /** What confirming the upload would do, with the user's column choices ({@code mapping}, CSV only). */
    public ImportPreview preview(WorkspaceContext context, UUID uploadId, List<@Nullable ContactField> mapping) {
        Uploads.Upload upload = upload(context, uploadId);
        ParsedFile file = read(upload.content(), upload.format(), mapping);
        return Previews.of(upload, file, importer.plan(context.workspaceId(), file), this::text);
    }

    /** Imports the upload as previewed and forgets it; a second confirmation finds nothing (404). */
    public ImportResult confirm(WorkspaceContext context, UUID uploadId, List<@Nullable ContactField> mapping) {
        Uploads.Upload upload = upload(context, uploadId);
        ParsedFile file = read(upload.content(), upload.format(), mapping);
        if (!uploads.delete(context.workspaceId(), context.userId(), uploadId)) {
            throw new NotFound("exchange.upload.notFound");
        }
        return importer.run(context, file, this::text);
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
        try {
            return ParsedFile.read(content, format, mapping);
        } catch (UnreadableFile e) {
            throw new InvalidInput(e.messageKey()).on("file");
        }
    }

    private String text(String key, Object[] args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
