package kr.maskportal.official.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import kr.maskportal.platform.cluster.CatchUpDue;

/** Brings the notice board level with notices posted or withdrawn by other instances of a cluster. */
@ApplicationScoped
public class NoticeBoardFollower {

    @Inject
    DistrictNotices notices;

    void catchUp(@Observes CatchUpDue due) {
        notices.followBoard();
    }
}
