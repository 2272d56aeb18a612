package kr.maskportal.admin.boundary;

import java.util.ArrayList;
import java.util.List;

/** The problems of the form last posted on a page: all of them for the summary, and those of one field by it. */
public final class FormProblems {

    private final List<FormProblem> all = new ArrayList<>();

    void addAll(List<FormProblem> problems) {
        all.addAll(problems);
    }

    public List<FormProblem> getAll() {
        return all;
    }

    public boolean isAny() {
        return !all.isEmpty();
    }

    public boolean has(String fieldId) {
        return all.stream().anyMatch(p -> p.getFieldId().equals(fieldId));
    }

    public List<FormProblem> of(String fieldId) {
        return all.stream().filter(p -> p.getFieldId().equals(fieldId)).toList();
    }

    /** The ids for the field's {@code aria-describedby}: its hint, and its messages while it has any. */
    public String describedBy(String fieldId, String hintId) {
        String messages = has(fieldId) ? messageId(fieldId) : null;
        if (hintId == null || hintId.isEmpty()) {
            return messages;
        }
        return messages == null ? hintId : messages + " " + hintId;
    }

    /** The id of the element holding the field's messages. */
    public String messageId(String fieldId) {
        return fieldId.replace(':', '-') + "-error";
    }
}
