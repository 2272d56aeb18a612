package kr.maskportal.official.boundary;

import java.util.List;
import kr.maskportal.official.control.DistrictScope;
import kr.maskportal.seller.control.DirectoryDistrict;
import kr.maskportal.seller.control.DirectoryProvince;
import kr.maskportal.seller.control.DirectorySnapshot;

/** One district an official may choose on a report's form: "서울특별시 마포구", by its code. */
public record DistrictChoice(String code, String label) {

    /** The districts of the scope that the directory knows, in the order of the directory (province, then name). */
    public static List<DirectoryDistrict> inScope(DirectorySnapshot snapshot, DistrictScope scope) {
        return snapshot.provinces().stream()
                .flatMap(p -> p.getDistricts().stream())
                .filter(d -> scope.permits(d.getCode()))
                .toList();
    }

    public static List<DistrictChoice> of(DirectorySnapshot snapshot, List<DirectoryDistrict> districts) {
        return districts.stream()
                .map(d -> new DistrictChoice(d.getCode(), snapshot.province(d.getProvinceCode())
                        .map(DirectoryProvince::getName).map(p -> p + " ").orElse("") + d.getName()))
                .toList();
    }

    // Jakarta EL 5 does not read record components: the views use these
    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }
}
