package kr.maskportal.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kr.maskportal.admin.control.FileProblem;
import kr.maskportal.admin.control.PlacementCount;
import kr.maskportal.admin.control.SellerChecks;
import kr.maskportal.admin.control.UnplacedSeller;

/** {@code /admin/sellers}: the sellers without a district and the problems met reading the seller file. */
@Named
@RequestScoped
public class SellerChecksPage {

    private List<UnplacedSeller> unplaced;
    private List<FileProblem> problems;
    private List<PlacementCount> placements;

    @Inject
    void read(SellerChecks checks) {
        unplaced = checks.unplacedSellers();
        problems = checks.fileProblems();
        placements = checks.placementCounts();
    }

    public List<UnplacedSeller> getUnplaced() {
        return unplaced;
    }

    public List<FileProblem> getProblems() {
        return problems;
    }

    public List<PlacementCount> getPlacements() {
        return placements;
    }

    public long getSellerCount() {
        return placements.stream().mapToLong(PlacementCount::getSellers).sum();
    }
}
