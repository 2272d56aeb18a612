package kr.maskportal.admin.boundary;

import java.util.List;
import java.util.function.Function;
import kr.maskportal.admin.control.AccountField;
import kr.maskportal.admin.control.AccountProblem;

/** One problem with a posted form, for the error summary (which links to the field) and the message by the field. */
public final class FormProblem {

    private final String fieldId;
    private final String messageKey;
    private final Object argument;

    private FormProblem(String fieldId, String messageKey, Object argument) {
        this.fieldId = fieldId;
        this.messageKey = messageKey;
        this.argument = argument;
    }

    /** @param clientIds the client id of the field each problem is about, on the page at hand */
    static List<FormProblem> of(List<AccountProblem> problems, Function<AccountField, String> clientIds) {
        return problems.stream()
                .map(p -> new FormProblem(clientIds.apply(p.field()), p.messageKey(), p.argument()))
                .toList();
    }

    /** A problem of a form whose rules are not the accounts'. */
    static FormProblem at(String fieldId, String messageKey, Object argument) {
        return new FormProblem(fieldId, messageKey, argument);
    }

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
