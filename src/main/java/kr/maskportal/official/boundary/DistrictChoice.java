package kr.maskportal.official.boundary;

/** One district in the notice form's list: its code (the value posted), its name, and whether it is chosen. */
public record DistrictChoice(String code, String place, boolean selected) {

    /** For Expression Language, which cannot read record components. */
    public String getCode() {
        return code;
    }

    public String getPlace() {
        return place;
    }

    public boolean isSelected() {
        return selected;
    }
}
