package kr.maskportal.account.boundary;

/**
 * One problem with what a form sent, for the error summary at the top of the page and the message by the field.
 *
 * @see LoginPage
 */
public final class FormError {

    private final String fieldId;
    private final String messageKey;
    private final Object argument;

    FormError(String fieldId, String messageKey, Object argument) {
        this.fieldId = fieldId;
        this.messageKey = messageKey;
        this.argument = argument;
    }

    /** The client id of the field the summary links to. */
    public String getFieldId() {
        return fieldId;
    }

    public String getMessageKey() {
        return messageKey;
    }

    /** Filled into the message's {0}; null when it has none. */
    public Object getArgument() {
        return argument;
    }
}
