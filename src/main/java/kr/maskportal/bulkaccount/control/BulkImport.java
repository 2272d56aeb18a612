package kr.maskportal.bulkaccount.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import kr.maskportal.account.control.AccountBatch;
import kr.maskportal.account.control.ActivationCode;
import kr.maskportal.account.control.Activations;
import kr.maskportal.account.control.NewPharmacist;
import kr.maskportal.admin.control.AccountChecks;
import kr.maskportal.seller.control.DirectorySeller;
import kr.maskportal.seller.control.DirectorySnapshot;
import kr.maskportal.seller.control.SellerDirectory;

/**
 * Pharmacist accounts from an administrator's file: a preview that saves nothing, then a save that checks the
 * preview's good rows again and stores them in one transaction, each with a one-time activation code
 * ({@link Activations}). Not transactional itself: a save that loses a login to another administrator between its
 * check and its insert is rolled back whole and tried again with that row left out.
 */
@ApplicationScoped
public class BulkImport {

    private static final Logger LOG = Logger.getLogger(BulkImport.class.getName());
    private static final int ATTEMPTS = 3;

    @Inject
    AccountBatch batch;

    @Inject
    SellerDirectory directory;

    @Inject
    Clock clock;

    public ImportPreview preview(byte[] file) {
        ParsedFile parsed = ImportFile.read(file);
        if (parsed.problem() != null) {
            return ImportPreview.refused(parsed.problem());
        }
        Set<String> sellers = batch.sellerCodes();
        Set<String> logins = batch.logins();
        return ImportCheck.check(parsed, sellers::contains, logins::contains);
    }

    public SavedImport save(String actor, ImportPreview preview) {
        for (int attempt = 1; ; attempt++) {
            long started = System.nanoTime();
            Set<String> logins = batch.logins();
            ImportPreview now = ImportCheck.recheck(preview, batch.sellerCodes()::contains, logins::contains);
            Instant at = clock.instant();
            Instant expires = at.plus(Activations.VALID_FOR);
            DirectorySnapshot places = directory.current();
            List<NewPharmacist> accounts = new ArrayList<>(now.good().size());
            List<HandOver> codes = new ArrayList<>(now.good().size());
            for (ImportRow row : now.good()) {
                String code = ActivationCode.generate();
                accounts.add(new NewPharmacist(row.login(), displayName(row, places), row.sellerCode(), row.contact(),
                        ActivationCode.hash(code)));
                codes.add(new HandOver(row.login(), row.sellerCode(), code, expires));
            }
            try {
                batch.store(accounts, at, expires);
            } catch (RuntimeException e) {
                if (attempt < ATTEMPTS && anyTakenMeanwhile(accounts)) {
                    LOG.info(() -> "account import: a login was taken while saving; checking the rows again");
                    continue;
                }
                throw e;
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.info(() -> "account administration: " + actor + " imported " + accounts.size()
                    + " pharmacist accounts awaiting activation in " + millis + " ms; " + now.getIssues().size()
                    + " rows of the preview refused at save");
            return new SavedImport(codes, now.getIssues());
        }
    }

    private boolean anyTakenMeanwhile(List<NewPharmacist> accounts) {
        Set<String> logins = batch.logins();
        return accounts.stream().anyMatch(a -> logins.contains(a.login()));
    }

    /** The seller's name, which is how the portal's pages name a pharmacist until an administrator renames them. */
    private static String displayName(ImportRow row, DirectorySnapshot places) {
        String name = places.seller(row.sellerCode()).map(DirectorySeller::getName).orElse(row.login()).strip();
        if (name.codePointCount(0, name.length()) > AccountChecks.MAX_DISPLAY_NAME) {
            name = name.substring(0, name.offsetByCodePoints(0, AccountChecks.MAX_DISPLAY_NAME));
        }
        return name.isEmpty() ? row.login() : name;
    }
}
