package kr.maskportal.seller.boundary;

/**
 * One of the district page's sort or filter choices as a plain link (no JavaScript, no form state).
 *
 * @param labelKey the bundle key of its words
 * @param href     the district's readable address with the choice applied
 * @param current  whether it is what the page shows now (marked with aria-current)
 */
public record ChoiceLink(String labelKey, String href, boolean current) {

    public String getLabelKey() {
        return labelKey;
    }

    public String getHref() {
        return href;
    }

    public boolean isCurrent() {
        return current;
    }
}
