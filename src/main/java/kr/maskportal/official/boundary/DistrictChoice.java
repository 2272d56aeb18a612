package kr.maskportal.official.boundary;

import java.util.ArrayList;
import java.util.List;
import kr.maskportal.official.control.DistrictScope;
import kr.maskportal.seller.control.DirectoryProvince;
import kr.maskportal.seller.control.DirectorySnapshot;

/** The districts an official may choose from on a report's form, by province (an option group each). */
public record DistrictChoice(String provinceName, List<Option> districts) {

    public record Option(String code, String name) {

        // for Expression Language, which cannot read record components
        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }
    }

    /** The scope's districts that the directory knows, by province, in the directory's order. */
    public static List<DistrictChoice> of(DirectorySnapshot snapshot, DistrictScope scope) {
        List<DistrictChoice> groups = new ArrayList<>();
        for (DirectoryProvince province : snapshot.provinces()) {
            List<Option> options = province.getDistricts().stream()
                    .filter(d -> scope.permits(d.getCode()))
                    .map(d -> new Option(d.getCode(), d.getName())).toList();
            if (!options.isEmpty()) {
                groups.add(new DistrictChoice(province.getName(), options));
            }
        }
        return groups;
    }

    /** Every district code offered, in order. */
    public static List<String> codes(List<DistrictChoice> groups) {
        return groups.stream().flatMap(g -> g.districts().stream()).map(Option::code).toList();
    }

    public String getProvinceName() {
        return provinceName;
    }

    public List<Option> getDistricts() {
        return districts;
    }
}
