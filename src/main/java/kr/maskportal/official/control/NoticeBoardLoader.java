package kr.maskportal.official.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** At start-up, after the schema is migrated: the district notices onto the board before the first page is served. */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class NoticeBoardLoader {

    @Inject
    DistrictNotices notices;

    @PostConstruct
    void load() {
        notices.restoreBoard();
    }
}
