package kr.maskportal.details.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import kr.maskportal.platform.cluster.CatchUpDue;

/** Brings the details board level with details saved by other instances of a cluster, at every catch-up. */
@ApplicationScoped
public class DetailsBoardFollower {

    @Inject
    SellerDetailsStore store;

    void catchUp(@Observes CatchUpDue due) {
        store.followBoard();
    }
}
