package kr.maskportal.account.control;

/** An account of the embedded demo, with the fixed password that the start-up log prints. */
record DemoAccount(NewAccount account, String password) {

    @Override
    public String toString() {
        return "DemoAccount[" + account.login() + "]";
    }
}
