package kr.maskportal.report.boundary;

/**
 * One refused field of a report form, for the error summary at the top of the page and the message by the field.
 *
 * @param fieldId    the client id the summary links to
 * @param messageKey the message, which may name {@code {0}} (the largest allowed value) and {@code {1}}
 * @param largest    filled into {@code {0}}
 * @param sent       filled into {@code {1}}, e.g. how many characters a notice had; null when unused
 */
public record FieldError(String fieldId, String messageKey, Object largest, Object sent) {

    /** For Expression Language, which cannot read record components. */
    public String getFieldId() {
        return fieldId;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object getLargest() {
        return largest;
    }

    public Object getSent() {
        return sent;
    }
}
