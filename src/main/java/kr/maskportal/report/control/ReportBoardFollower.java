package kr.maskportal.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import kr.maskportal.platform.cluster.CatchUpDue;

/** Brings the report board level with reports stored by other instances of a cluster, at every catch-up. */
@ApplicationScoped
public class ReportBoardFollower {

    @Inject
    Reports reports;

    void catchUp(@Observes CatchUpDue due) {
        reports.followBoard();
    }
}
