package kr.maskportal.official.boundary;

import java.util.List;

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

    public String getProvinceName() {
        return provinceName;
    }

    public List<Option> getDistricts() {
        return districts;
    }
}
