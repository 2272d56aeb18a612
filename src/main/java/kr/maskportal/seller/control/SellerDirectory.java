package kr.maskportal.seller.control;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The in-memory read model behind the public pages. Pages read {@link #current()}; loaders publish a whole new
 * snapshot, so readers never see a half-built one.
 */
@ApplicationScoped
public class SellerDirectory {

    private volatile DirectorySnapshot current = DirectorySnapshot.EMPTY;
    private volatile long version;

    public DirectorySnapshot current() {
        return current;
    }

    public synchronized void publish(DirectorySnapshot snapshot) {
        current = snapshot;
        version++;
    }

    /** Changes with every published snapshot: for caching rendered pages. */
    public long version() {
        return version;
    }
}
