package kr.maskportal.details.boundary;

/**
 * One refused field of the details form, for the error summary and the message by the field.
 *
 * @param fieldId    the client id the summary links to ({@code details:MON-opens})
 * @param messageKey the message, which may name {@code {0}} (the day) and {@code {1}} (the length sent)
 * @param dayKey     the day's name's key, filled into {@code {0}}; null for fields of no day
 * @param length     filled into {@code {1}}: how many characters a description had; null when unused
 */
public record DetailsError(String fieldId, String messageKey, String dayKey, Integer length) {

    /** For Expression Language, which cannot read record components. */
    public String getFieldId() {
        return fieldId;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getDayKey() {
        return dayKey;
    }

    public Integer getLength() {
        return length;
    }
}
