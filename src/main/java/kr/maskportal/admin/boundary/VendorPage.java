package kr.maskportal.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.maskportal.account.boundary.CurrentStaff;
import kr.maskportal.admin.control.CodeList;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.platform.web.StaffResponses;
import kr.maskportal.report.control.token.ApiTokens;
import kr.maskportal.report.control.token.IssuedToken;
import kr.maskportal.report.control.token.ReportRateLimit;
import kr.maskportal.report.control.token.Rotation;
import kr.maskportal.report.control.token.TokenNotIssued;
import kr.maskportal.report.control.token.TokenView;
import kr.maskportal.report.entity.ApiToken;
import kr.maskportal.vendor.control.NoSuchVendor;
import kr.maskportal.vendor.control.SellerListFile;
import kr.maskportal.vendor.control.SellerListPreview;
import kr.maskportal.vendor.control.VendorView;
import kr.maskportal.vendor.control.Vendors;

/**
 * {@code /admin/vendors/{id}}: one vendor, its seller list and its tokens. The list is uploaded as a CSV file and
 * previewed (each line to be bound, each refused with its line number and reason) before it is saved; saving binds
 * what the preview showed ({@link EditedVendor}), in one transaction. Tokens are issued, rotated and revoked here; a
 * new token's secret lives for the one response that shows it, as on the pharmacists' token page.
 */
@Named
@RequestScoped
public class VendorPage {

    static final String FILE_FIELD = "sellers:file";
    static final String TOKEN_NAME_FIELD = "issue:name";
    private static final DateTimeFormatter KOREA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Korea.ZONE);

    @Inject
    Vendors vendors;

    @Inject
    ApiTokens tokens;

    @Inject
    CurrentStaff staff;

    @Inject
    EditedVendor edited;

    private String done;
    private Optional<VendorView> vendor;
    private List<TokenView> tokenList;
    private Part file;
    private SellerListPreview preview;
    private String tokenName;
    private IssuedToken issued;
    private Instant rotatedUntil;
    private String revokedName;
    private final FormProblems problems = new FormProblems();

    /** View action of the first request: an address naming no vendor is not found. */
    public void load() {
        if (getVendor() == null) {
            StaffResponses.error(404);
        }
    }

    public void preview() {
        Optional<Long> id = vendorToChange();
        if (id.isEmpty()) {
            return;
        }
        edited.previewed(null);
        if (file == null || file.getSize() == 0) {
            problems.addAll(List.of(fileProblem(SellerListFile.Unreadable.Why.EMPTY)));
            return;
        }
        try {
            SellerListFile list = SellerListFile.read(read(file));
            preview = vendors.preview(id.get(), list);
            edited.previewed(preview.getCodes());
        } catch (SellerListFile.Unreadable unreadable) {
            problems.addAll(List.of(fileProblem(unreadable.why())));
        }
    }

    public void save() {
        Optional<Long> id = vendorToChange();
        if (id.isEmpty() || edited.previewedCodes() == null) {
            return;
        }
        Set<String> codes = CodeList.parse(edited.previewedCodes());
        try {
            vendors.bind(staff.getAccount().getLogin(), id.get(), codes);
            edited.previewed(null);
            StaffResponses.redirect(VendorsPage.PATH + "/" + id.get() + "?done=BOUND");
        } catch (NoSuchVendor e) {
            StaffResponses.error(404);
        }
    }

    public void issue() {
        Optional<Long> id = vendorToChange();
        if (id.isEmpty()) {
            return;
        }
        try {
            issued = tokens.issueForVendor(id.get(), tokenName);
            neverCached();
            tokenName = null;
            tokenList = null;
        } catch (TokenNotIssued refused) {
            problems.addAll(List.of(FormProblem.at(TOKEN_NAME_FIELD, "tokens.error." + refused.reason().name(),
                    refused.reason() == TokenNotIssued.Reason.TOO_MANY_ACTIVE ? ApiTokens.MAX_ACTIVE
                            : ApiToken.MAX_NAME_LENGTH)));
        }
    }

    public void rotate(TokenView token) {
        vendorToChange().flatMap(id -> tokens.rotate(id, token.getId())).ifPresent(this::rotated);
        tokenList = null;
    }

    private void rotated(Rotation rotation) {
        issued = rotation.successor();
        rotatedUntil = rotation.oldWorksUntil();
        neverCached();
    }

    /** A page with a secret on it is kept by no browser or proxy cache. */
    private static void neverCached() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control", "no-store");
    }

    public void revoke(TokenView token) {
        revokedName = vendorToChange().flatMap(id -> tokens.revokeForVendor(id, token.getId())).orElse(null);
        tokenList = null;
    }

    /** The vendor a post may change: an enabled administrator's, on a page naming a vendor. */
    private Optional<Long> vendorToChange() {
        if (Acting.administrator(staff).isEmpty()) {
            return Optional.empty();
        }
        if (getVendor() == null) {
            StaffResponses.error(404);
            return Optional.empty();
        }
        return Optional.of(getVendor().getId());
    }

    private static byte[] read(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(SellerListFile.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FormProblem fileProblem(SellerListFile.Unreadable.Why why) {
        Object argument = switch (why) {
            case TOO_LARGE -> SellerListFile.MAX_BYTES / 1024 / 1024;
            case TOO_MANY_ROWS -> SellerListFile.MAX_ROWS;
            default -> null;
        };
        return FormProblem.at(FILE_FIELD, "admin.vendor.file.error." + why.name(), argument);
    }

    /** Null when the id names no vendor. */
    public VendorView getVendor() {
        if (vendor == null) {
            vendor = edited.id() == null ? Optional.empty() : vendors.find(edited.id());
        }
        return vendor.orElse(null);
    }

    /** The first sellers of its list, [code, name]; the vendor's count says how many there are in all. */
    public List<String[]> getSellers() {
        return getVendor() == null ? List.of() : vendors.sellers(getVendor().getId());
    }

    public int getListedSellers() {
        return Vendors.LISTED_SELLERS;
    }

    public List<TokenView> getTokens() {
        if (tokenList == null) {
            tokenList = getVendor() == null ? List.of() : tokens.listForVendor(getVendor().getId());
        }
        return tokenList;
    }

    /** Null unless this very request previewed a list. */
    public SellerListPreview getPreview() {
        return preview;
    }

    /** The message key of what the last post did, from the address it redirected to; null when nothing. */
    public String getConfirmationKey() {
        return "REGISTERED".equals(done) || "BOUND".equals(done) ? "admin.vendor.done." + done : null;
    }

    /** The secret, shown this once: null unless a token was issued or rotated by this very request. */
    public String getIssuedSecret() {
        return issued == null ? null : issued.token().reveal();
    }

    public String getIssuedName() {
        return issued == null ? null : issued.name();
    }

    /** After a rotation: until when the old token keeps working, in Korea time. */
    public String getRotatedUntil() {
        return rotatedUntil == null ? null : KOREA_TIME.format(rotatedUntil);
    }

    public String getRevokedName() {
        return revokedName;
    }

    public FormProblems getProblems() {
        return problems;
    }

    public int getPerMinute() {
        return ReportRateLimit.VENDOR_PER_MINUTE;
    }

    public int getMaxNameLength() {
        return ApiToken.MAX_NAME_LENGTH;
    }

    public int getMaxRows() {
        return SellerListFile.MAX_ROWS;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public String getDone() {
        return done;
    }

    public void setDone(String done) {
        this.done = done;
    }
}
