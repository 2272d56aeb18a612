package kr.maskportal.bulkaccount.boundary;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import kr.maskportal.bulkaccount.control.HandOver;
import kr.maskportal.bulkaccount.control.RowIssue;
import kr.maskportal.bulkaccount.control.SavedImport;

/**
 * The activation codes of the administrator's last import, in clear, until they download them once: only in this
 * session's memory, never in the database (which keeps hashes) nor in a file. Taking them forgets them, so a second
 * download, by the same administrator or anyone who got hold of the session, finds nothing.
 */
@SessionScoped
public class PendingCodes implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<HandOver> codes;
    private boolean taken;
    private List<RowIssue> refusedAtSave = List.of();

    /** Replaces what an earlier import left, downloaded or not: its codes can be issued anew per account. */
    synchronized void offer(SavedImport saved) {
        codes = List.copyOf(saved.created());
        refusedAtSave = List.copyOf(saved.refusedAtSave());
        taken = false;
    }

    /** The rows of the last import that were checked again at its save and left out. */
    synchronized List<RowIssue> refusedAtSave() {
        return refusedAtSave;
    }

    /** The codes, once; empty ever after, until the next import. */
    synchronized Optional<List<HandOver>> take() {
        List<HandOver> once = codes;
        codes = null;
        if (once != null) {
            taken = true;
        }
        return Optional.ofNullable(once);
    }

    synchronized int waiting() {
        return codes == null ? 0 : codes.size();
    }

    synchronized boolean wereTaken() {
        return taken;
    }
}
