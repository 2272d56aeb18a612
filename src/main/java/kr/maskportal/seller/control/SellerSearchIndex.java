package kr.maskportal.seller.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The search over the current directory, rebuilt once when a new snapshot is published, not per request. */
@ApplicationScoped
public class SellerSearchIndex {

    @Inject
    SellerDirectory directory;

    private volatile SellerSearch search;

    public SellerSearch current() {
        DirectorySnapshot snapshot = directory.current();
        SellerSearch known = search;
        if (known == null || known.snapshot() != snapshot) {
            // two requests racing here both build one; the spare is garbage, and it happens once per snapshot
            known = new SellerSearch(snapshot);
            search = known;
        }
        return known;
    }
}
