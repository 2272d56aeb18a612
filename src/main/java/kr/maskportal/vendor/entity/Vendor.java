package kr.maskportal.vendor.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A point-of-sale vendor: a company whose program reports for many sellers through its own tokens. Registered by an
 * administrator, bound to a list of seller codes ({@code vendor_seller}); never deleted, so that its reports keep
 * their source. Name and contact are checked by {@code VendorChecks} before they get here.
 */
@Entity
@Table(name = "vendor")
public class Vendor {

    /** As long as a company's name in the register, with room for a branch. */
    public static final int MAX_NAME_LENGTH = 100;
    /** A person, a phone number and an e-mail address on one line. */
    public static final int MAX_CONTACT_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String contact;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Vendor() {
    }

    public Vendor(String name, String contact, Instant createdAt) {
        this.name = Objects.requireNonNull(name);
        this.contact = Objects.requireNonNull(contact);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getContact() {
        return contact;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
