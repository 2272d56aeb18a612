package kr.maskportal.details.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kr.maskportal.details.entity.SellerDetails;

/**
 * Every seller's details in memory, as the public pages read them: restored at start-up, changed seller by seller
 * as pharmacists save, and caught up with what other instances saved. Each entry keeps the revision it was read at,
 * so that a catch-up that read an older row never undoes a newer save.
 */
@ApplicationScoped
public class DetailsBoard {

    private final Map<String, Held> bySeller = new ConcurrentHashMap<>();
    private volatile long version;

    /** The seller's details; {@link SellerDetails#NONE} when none were given. */
    public SellerDetails of(String sellerCode) {
        Held held = bySeller.get(sellerCode);
        return held == null ? SellerDetails.NONE : held.details();
    }

    /** Changes whenever any seller's details change: for caching rendered pages. */
    public long version() {
        return version;
    }

    /**
     * The details as stored at a revision, unless the board holds a later one; the version changes only when what
     * residents see changes, so that a catch-up finding nothing new keeps the cached pages.
     */
    synchronized void put(String sellerCode, SellerDetails details, long revision) {
        Held held = bySeller.get(sellerCode);
        if (held != null && held.revision() >= revision) {
            return;
        }
        bySeller.put(sellerCode, new Held(details, revision));
        if (held == null ? !details.isEmpty() : !held.details().equals(details)) {
            version++;
        }
    }

    private record Held(SellerDetails details, long revision) {
    }
}
