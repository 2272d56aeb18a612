package kr.maskportal.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import kr.maskportal.account.boundary.CurrentStaff;
import kr.maskportal.platform.web.StaffResponses;
import kr.maskportal.vendor.control.VendorChecks;
import kr.maskportal.vendor.control.VendorView;
import kr.maskportal.vendor.control.Vendors;
import kr.maskportal.vendor.entity.Vendor;

/**
 * {@code /admin/vendors}: the point-of-sale vendors, and the form that registers one. A registered vendor answers
 * with a redirect to its own page, where its seller list and tokens are managed.
 */
@Named
@RequestScoped
public class VendorsPage {

    static final String PATH = "/admin/vendors";
    static final String FORM = "register";

    @Inject
    Vendors vendors;

    @Inject
    CurrentStaff staff;

    private String name;
    private String contact;
    private List<VendorView> list;
    private final FormProblems problems = new FormProblems();

    public void register() {
        Optional<String> actor = Acting.administrator(staff);
        if (actor.isEmpty()) {
            return;
        }
        Vendors.Registration registration = vendors.register(actor.get(), name, contact);
        if (registration.id() != null) {
            StaffResponses.redirect(PATH + "/" + registration.id() + "?done=REGISTERED");
        } else {
            problems.addAll(registration.problems().stream()
                    .map(p -> FormProblem.at(clientId(p.field()), p.messageKey(), p.limit())).toList());
        }
    }

    static String clientId(VendorChecks.Field field) {
        return FORM + ":" + switch (field) {
            case NAME -> "name";
            case CONTACT -> "contact";
        };
    }

    public List<VendorView> getVendors() {
        if (list == null) {
            list = vendors.all();
        }
        return list;
    }

    public FormProblems getProblems() {
        return problems;
    }

    public int getMaxNameLength() {
        return Vendor.MAX_NAME_LENGTH;
    }

    public int getMaxContactLength() {
        return Vendor.MAX_CONTACT_LENGTH;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}
