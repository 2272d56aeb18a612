package kr.maskportal.official.boundary;

/**
 * One refused field of the notice form, for the error summary and the message by the field.
 *
 * @param fieldId    the client id the summary links to ({@code notice:text})
 * @param messageKey the message, which may name {@code {0}} (the limit) and {@code {1}} (what was sent)
 */
public record NoticeError(String fieldId, String messageKey, Object limit, Object sent) {

    /** For Expression Language, which cannot read record components. */
    public String getFieldId() {
        return fieldId;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object getLimit() {
        return limit;
    }

    public Object getSent() {
        return sent;
    }
}
