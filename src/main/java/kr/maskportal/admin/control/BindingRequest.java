package kr.maskportal.admin.control;

/** What an account is to be bound to, as typed into a form: nothing checked yet. */
public record BindingRequest(String sellerCodes, String districtCodes, boolean allDistricts) {
}
