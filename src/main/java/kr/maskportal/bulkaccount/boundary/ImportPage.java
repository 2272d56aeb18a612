package kr.maskportal.bulkaccount.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import kr.maskportal.account.boundary.CurrentStaff;
import kr.maskportal.account.control.Activations;
import kr.maskportal.admin.boundary.Acting;
import kr.maskportal.bulkaccount.control.BulkImport;
import kr.maskportal.bulkaccount.control.HandOver;
import kr.maskportal.bulkaccount.control.ImportFile;
import kr.maskportal.bulkaccount.control.ImportPreview;
import kr.maskportal.bulkaccount.control.ImportRow;
import kr.maskportal.bulkaccount.control.RowIssue;
import kr.maskportal.bulkaccount.control.SavedImport;
import kr.maskportal.bulkaccount.control.UploadProblem;
import kr.maskportal.official.boundary.CsvResponse;
import kr.maskportal.platform.web.StaffResponses;

/**
 * {@code /admin/accounts/import}: an administrator uploads a CSV of pharmacist accounts, sees what it would create
 * and what is wrong with which line, saves, and downloads the activation codes once. The parsed file stays in this
 * view (view scope, in the administrator's session) between the preview and the save, never in anything shared.
 * Every button is a plain post of the stateful view with the form token; the save answers with a redirect.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/admin/accounts/import";
    static final String FILE_FIELD = "upload:file";
    /** Enough to see what is wrong with a file; the counts say how many there are in all. */
    static final int SHOWN_ISSUES = 500;
    static final int SAMPLE_ROWS = 10;

    @Inject
    BulkImport importer;

    @Inject
    CurrentStaff staff;

    @Inject
    PendingCodes pending;

    private transient Part file;
    private ImportPreview preview;
    private String uploadProblemKey;
    private boolean nothingToSave;
    private boolean codesGone;
    private Integer saved;

    public void upload() {
        if (administrator().isEmpty()) {
            return;
        }
        preview = null;
        Optional<byte[]> bytes = read(file);
        file = null;
        ImportPreview checked = bytes.map(importer::preview).orElse(null);
        if (checked == null || checked.getProblem() != null) {
            uploadProblemKey = (checked == null ? UploadProblem.TOO_BIG : checked.getProblem()).getMessageKey();
        } else {
            preview = checked;
        }
    }

    public void save() {
        Optional<String> actor = administrator();
        if (actor.isEmpty()) {
            return;
        }
        if (preview == null || preview.getToCreate() == 0) {
            nothingToSave = true;
            return;
        }
        ImportPreview toSave = preview;
        // a second post of the same view (a reload, a double click) finds nothing to save rather than saving again
        preview = null;
        SavedImport result = importer.save(actor.get(), toSave);
        pending.offer(result);
        StaffResponses.redirect(PATH + "?saved=" + result.created().size());
    }

    /** The codes of the last import as CSV, once; afterwards the page says they are gone. */
    public void download() {
        if (administrator().isEmpty()) {
            return;
        }
        Optional<List<HandOver>> codes = pending.take();
        if (codes.isEmpty()) {
            codesGone = true;
            return;
        }
        CsvResponse.send(CodesCsv.of(codes.get(), ResourceBundle.getBundle("kr.maskportal.i18n.messages",
                Locale.KOREAN, ImportPage.class.getClassLoader())), "activation-codes");
    }

    /** The bytes of the upload; empty when over the limit (read no further than one byte past it). */
    private static Optional<byte[]> read(Part part) {
        if (part == null) {
            return Optional.of(new byte[0]);
        }
        if (part.getSize() > ImportFile.MAX_BYTES) {
            return Optional.empty();
        }
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes(ImportFile.MAX_BYTES + 1);
            return bytes.length > ImportFile.MAX_BYTES ? Optional.empty() : Optional.of(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<String> administrator() {
        return Acting.administrator(staff);
    }

    public ImportPreview getPreview() {
        return preview;
    }

    /** The first {@value #SHOWN_ISSUES} rows that will not be created. */
    public List<RowIssue> getShownIssues() {
        List<RowIssue> issues = preview == null ? List.of() : preview.getIssues();
        return issues.subList(0, Math.min(SHOWN_ISSUES, issues.size()));
    }

    public int getUnshownIssues() {
        return preview == null ? 0 : Math.max(0, preview.getIssues().size() - SHOWN_ISSUES);
    }

    /** The first rows that will be created, to see that the columns were read as meant. */
    public List<ImportRow> getSample() {
        List<ImportRow> good = preview == null ? List.of() : preview.good();
        return good.subList(0, Math.min(SAMPLE_ROWS, good.size()));
    }

    public String getUploadProblemKey() {
        return uploadProblemKey;
    }

    public boolean isUploadFailed() {
        return uploadProblemKey != null;
    }

    public boolean isNothingToSave() {
        return nothingToSave;
    }

    public boolean isCodesGone() {
        return codesGone;
    }

    public int getCodesWaiting() {
        return pending.waiting();
    }

    public boolean isCodesTaken() {
        return pending.wereTaken();
    }

    public List<RowIssue> getRefusedAtSave() {
        return saved == null ? List.of() : pending.refusedAtSave();
    }

    public String getValidHours() {
        return Long.toString(Activations.VALID_FOR.toHours());
    }

    public int getMaxMegabytes() {
        return ImportFile.MAX_BYTES / (1024 * 1024);
    }

    public int getMaxRows() {
        return ImportFile.MAX_ROWS;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Integer getSaved() {
        return saved;
    }

    public void setSaved(Integer saved) {
        this.saved = saved;
    }
}
