package kr.maskportal.rotation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kr.maskportal.rotation.control.PurchaseRotation;

/**
 * Today's purchase rotation for the top of every resident page ({@code #{todaysRotation.sentence}}). "Today" is
 * the Korean date on the portal's clock; the pages are re-rendered at least every minute, so the sentence turns
 * with the date.
 */
@Named
@ApplicationScoped
public class TodaysRotation {

    private final PurchaseRotation rotation;

    @Inject
    public TodaysRotation(PurchaseRotation rotation) {
        this.rotation = rotation;
    }

    /** For CDI's proxy only. */
    protected TodaysRotation() {
        this.rotation = null;
    }

    public RotationSentence getSentence() {
        return RotationSentence.of(rotation.on(rotation.today()));
    }
}
