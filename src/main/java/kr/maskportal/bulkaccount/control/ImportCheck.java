package kr.maskportal.bulkaccount.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import kr.maskportal.account.control.LoginPolicy;
import kr.maskportal.account.entity.Account;

/**
 * The rules of an account file, without the database: which rows become accounts and why the others do not. The
 * login rules are the account form's ({@link LoginPolicy}); whether a seller exists and a login is taken is asked
 * of what the caller read from the database.
 */
public final class ImportCheck {

    private ImportCheck() {
    }

    public static ImportPreview check(ParsedFile file, Predicate<String> sellerExists, Predicate<String> loginTaken) {
        if (file.problem() != null) {
            return ImportPreview.refused(file.problem());
        }
        List<ImportRow> good = new ArrayList<>();
        List<RowIssue> issues = new ArrayList<>(file.unreadable());
        Map<String, Integer> firstLineOfLogin = new HashMap<>();
        for (ImportRow row : file.rows()) {
            List<RowIssue.Reason> reasons = new ArrayList<>();
            seller(row.sellerCode(), sellerExists, reasons);
            String login = Account.normaliseLogin(row.login());
            boolean loginReadable = login(row.login(), reasons);
            contact(row.contact(), reasons);
            if (loginReadable) {
                Integer earlier = firstLineOfLogin.putIfAbsent(login, row.line());
                if (earlier != null) {
                    reasons.add(new RowIssue.Reason(RowProblem.DUPLICATE, Integer.toString(earlier)));
                } else if (loginTaken.test(login)) {
                    reasons.add(new RowIssue.Reason(RowProblem.LOGIN_TAKEN, login));
                }
            }
            if (reasons.isEmpty()) {
                good.add(new ImportRow(row.line(), row.sellerCode(), login, row.contact()));
            } else {
                issues.add(new RowIssue(row.line(), reasons));
            }
        }
        issues.sort(Comparator.comparingInt(RowIssue::getLine));
        return new ImportPreview(null, good, issues);
    }

    /**
     * The preview's good rows checked again at save: a seller or login that changed meanwhile turns its row into an
     * issue instead of failing the save.
     */
    public static ImportPreview recheck(ImportPreview preview, Predicate<String> sellerExists,
            Predicate<String> loginTaken) {
        return check(new ParsedFile(preview.good(), List.of(), null), sellerExists, loginTaken);
    }

    private static void seller(String code, Predicate<String> sellerExists, List<RowIssue.Reason> reasons) {
        if (code.isEmpty()) {
            reasons.add(new RowIssue.Reason(RowProblem.SELLER_MISSING, null));
        } else if (!sellerExists.test(code)) {
            reasons.add(new RowIssue.Reason(RowProblem.SELLER_UNKNOWN, shortened(code)));
        }
    }

    /** Whether the login is well-formed, so that duplicates and taken logins are worth looking for. */
    private static boolean login(String typed, List<RowIssue.Reason> reasons) {
        var problem = LoginPolicy.problem(typed);
        if (problem.isEmpty()) {
            return true;
        }
        reasons.add(switch (problem.get()) {
            case MISSING -> new RowIssue.Reason(RowProblem.LOGIN_MISSING, null);
            case TOO_SHORT -> new RowIssue.Reason(RowProblem.LOGIN_TOO_SHORT, shortened(typed));
            case TOO_LONG -> new RowIssue.Reason(RowProblem.LOGIN_TOO_LONG, shortened(typed));
            case BAD_CHARACTERS -> new RowIssue.Reason(RowProblem.LOGIN_BAD_CHARACTERS, shortened(typed));
        });
        return false;
    }

    private static void contact(String contact, List<RowIssue.Reason> reasons) {
        if (contact.isEmpty()) {
            reasons.add(new RowIssue.Reason(RowProblem.CONTACT_MISSING, null));
        } else if (!ContactCheck.isValid(contact)) {
            reasons.add(new RowIssue.Reason(RowProblem.CONTACT_BAD, shortened(contact)));
        }
    }

    /** What a bad value is shown as: a file can hold anything, a page shows at most a line of it. */
    static String shortened(String value) {
        String line = value.replaceAll("\\p{Cntrl}", "?");
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }
}
