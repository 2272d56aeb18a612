package kr.maskportal.report.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** At start-up, after the schema is migrated: today's reports onto the board before the first page is served. */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class ReportBoardLoader {

    @Inject
    Reports reports;

    @PostConstruct
    void load() {
        reports.restoreBoard();
    }
}
