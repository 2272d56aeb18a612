package kr.maskportal.official.boundary;

/**
 * What is wrong with one field of a report's choice form, for the error summary and the message by the field.
 *
 * @param fieldId    the field's id, which the summary links to
 * @param messageKey bundle key of the message
 */
public record InputProblem(String fieldId, String messageKey) {

    // for Expression Language, which cannot read record components
    public String getFieldId() {
        return fieldId;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
