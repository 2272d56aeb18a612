package kr.maskportal.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.ToLongFunction;
import kr.maskportal.admin.control.DistrictOnboarding;
import kr.maskportal.admin.control.Onboarding;
import kr.maskportal.admin.control.SilentSeller;
import kr.maskportal.official.boundary.CsvResponse;
import kr.maskportal.official.boundary.ReportTable;
import kr.maskportal.platform.web.StaffResponses;
import kr.maskportal.seller.control.ListPage;

/**
 * {@code /admin/onboarding}: per district, sellers, those with an enabled pharmacist account, with a point-of-sale
 * vendor, and those that never reported; {@code ?district=11440} (and {@code &page=2}) lists a district's sellers
 * that never reported, {@value #PER_PAGE} a page, and {@code &export=never-reported} downloads them all as CSV.
 * Read-only: plain links, no form.
 */
@Named
@RequestScoped
public class OnboardingPage {

    static final String PATH = "/admin/onboarding";
    static final int PER_PAGE = 50;
    static final String EXPORT = "never-reported";
    /** No district has near this many sellers (강남구 has 441): the export is one query, never cut short. */
    private static final int EXPORT_MOST = 10_000;

    @Inject
    Onboarding onboarding;

    private String district;
    private String page;
    private String export;
    private List<DistrictOnboarding> districts;
    private DistrictOnboarding country;
    private DistrictOnboarding chosen;
    private ListPage listPage;
    private List<SilentSeller> silent;

    /** View action: a district that is no five-digit code of a district with sellers is a missing page. */
    public void load() {
        if (district == null || district.isEmpty()) {
            districts = onboarding.districts();
            return;
        }
        chosen = district.matches("[0-9]{5}") ? onboarding.district(district).orElse(null) : null;
        listPage = chosen == null ? null : ListPage.of(ListPage.requested(page), (int) chosen.neverReported(), PER_PAGE)
                .orElse(null);
        if (listPage == null) {
            StaffResponses.error(404);
            return;
        }
        if (EXPORT.equals(export)) {
            CsvResponse.send(table(onboarding.neverReported(district, 0, EXPORT_MOST)), district + "-" + EXPORT);
            return;
        }
        silent = onboarding.neverReported(district, listPage.from(), PER_PAGE);
    }

    /** The whole country's figures, for the table's last row. */
    public DistrictOnboarding getCountry() {
        if (country == null) {
            country = new DistrictOnboarding("", "", "", "", sum(DistrictOnboarding::sellers),
                    sum(DistrictOnboarding::withAccount), sum(DistrictOnboarding::withVendor),
                    sum(DistrictOnboarding::neverReported));
        }
        return country;
    }

    private long sum(ToLongFunction<DistrictOnboarding> figure) {
        return districts == null ? 0 : districts.stream().mapToLong(figure).sum();
    }

    private static ReportTable table(List<SilentSeller> sellers) {
        ResourceBundle words = ResourceBundle.getBundle("kr.maskportal.i18n.messages", Locale.KOREAN,
                OnboardingPage.class.getClassLoader());
        return new ReportTable(EXPORT, "admin.onboarding.silent.caption", List.of(),
                List.of(ReportTable.Column.text("admin.sellers.code"), ReportTable.Column.text("seller.name"),
                        ReportTable.Column.text("seller.type"), ReportTable.Column.text("seller.address"),
                        ReportTable.Column.text("admin.onboarding.silent.account")),
                sellers.stream().map(s -> List.of(s.code(), s.name(),
                        s.getTypeKey() == null ? s.typeCode() : words.getString(s.getTypeKey()), s.address(),
                        words.getString(s.withAccount() ? "admin.onboarding.yes" : "admin.onboarding.no"))).toList());
    }

    public List<DistrictOnboarding> getDistricts() {
        return districts;
    }

    public DistrictOnboarding getChosen() {
        return chosen;
    }

    public ListPage getListPage() {
        return listPage;
    }

    public List<SilentSeller> getSilent() {
        return silent;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getExport() {
        return export;
    }

    public void setExport(String export) {
        this.export = export;
    }
}
