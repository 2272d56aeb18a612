package kr.maskportal.rotation.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** At start-up, after the schema is migrated: the purchase policy into memory before the first page is served. */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class RotationPolicyLoader {

    @Inject
    PurchaseRotation rotation;

    @PostConstruct
    void load() {
        rotation.load();
    }
}
