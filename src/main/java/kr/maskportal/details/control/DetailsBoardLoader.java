package kr.maskportal.details.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** At start-up, after the schema is migrated: every seller's details onto the board before the first page is served. */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class DetailsBoardLoader {

    @Inject
    SellerDetailsStore store;

    @PostConstruct
    void load() {
        store.restoreBoard();
    }
}
