package kr.maskportal.account.control;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The accounts the one-command demo on the embedded database starts with, so that every kind of staff page can be
 * tried at once: an administrator, an official of 서울특별시 마포구 and three 마포구 pharmacists, each bound to a
 * real pharmacy of the bundled seller list. Never created on MySQL. Display names are account data, like a
 * seller's name, not interface text.
 */
final class DemoAccounts {

    static final String MAPO = "11440";

    static final List<DemoAccount> ALL = List.of(
            new DemoAccount(NewAccount.administrator("demo-admin", "데모 관리자"), "demo-admin-2020"),
            new DemoAccount(NewAccount.official("demo-official", "마포구 담당 공무원 (데모)", Set.of(MAPO)),
                    "demo-official-2020"),
            new DemoAccount(NewAccount.pharmacist("demo-pharmacist1", "종오약국 약사 (데모)", Set.of("11806923")),
                    "demo-pharmacist1-2020"),
            new DemoAccount(NewAccount.pharmacist("demo-pharmacist2", "명성약국 약사 (데모)", Set.of("11807121")),
                    "demo-pharmacist2-2020"),
            new DemoAccount(NewAccount.pharmacist("demo-pharmacist3", "서교연세약국 약사 (데모)", Set.of("11807555")),
                    "demo-pharmacist3-2020"));

    private DemoAccounts() {
    }

    /**
     * The block the start-up log prints on every start of the demo: login, role, password and bindings as stored.
     * An account that is no longer there is said to be missing rather than silently left out.
     */
    static String describe(List<DemoAccount> demo, Function<String, Optional<AccountView>> stored) {
        String rule = "=".repeat(100);
        var block = new StringBuilder()
                .append('\n').append(rule).append('\n')
                .append("Demo accounts of the embedded database (never created on MySQL); sign in at /login.xhtml\n")
                .append(String.format("  %-18s %-14s %-24s %s%n", "login", "role", "password", "bound to"));
        for (DemoAccount account : demo) {
            Optional<AccountView> view = stored.apply(account.account().login());
            block.append(String.format("  %-18s %-14s %-24s %s%n", account.account().login(),
                    view.map(v -> v.getRole().name()).orElse(account.account().role().name()),
                    account.password(),
                    view.map(DemoAccounts::bindings).orElse("(missing: not in the database)")));
        }
        return block.append(rule).toString();
    }

    private static String bindings(AccountView view) {
        if (!view.isEnabled()) {
            return "(disabled)";
        }
        if (view.isAllDistricts()) {
            return "all districts";
        }
        if (!view.getDistricts().isEmpty()) {
            return "district " + join(view.getDistricts());
        }
        if (!view.getSellers().isEmpty()) {
            return "seller " + join(view.getSellers());
        }
        return "-";
    }

    private static String join(List<BoundPlace> places) {
        return places.stream().map(BoundPlace::toString).collect(Collectors.joining(", "));
    }
}
