package io.omharness.salesforce;

import io.omharness.target.OrgAccess;
import io.omharness.ui.Landmark;
import io.omharness.ui.Locator;
import io.omharness.ui.Ui;


import java.util.List;
import java.util.function.Supplier;

/** Logs in to Salesforce through its login page, answering "Verify Your Identity" when the org asks. */
public final class SalesforceLogin {
    private static final Locator USERNAME = Locator.css("Username field", "#username");
    private static final Locator PASSWORD = Locator.css("Password field", "#password");
    private static final Locator LOG_IN = Locator.css("Log In button", "#Login");
    private static final Locator LOGIN_ERROR = Locator.css("login error", "#error");
    private static final Locator VERIFICATION_CODE = Locator.css("Verification Code field", "#emc");
    private static final Locator VERIFY = Locator.css("Verify button", "#save");
    private static final Locator APP_LAUNCHER = Locator.button("App Launcher");

    private final Ui ui;
    private final OrgAccess.Salesforce access;

    public SalesforceLogin(Ui ui, OrgAccess.Salesforce access) {
        this.ui = ui;
        this.access = access;
    }

    /** What the login page shows (for ./harness doctor): the fields and the button {@link #logIn} uses. */
    public static List<Landmark> landmarks() {
        return Landmark.all(USERNAME, PASSWORD, LOG_IN);
    }

    /** What Lightning shows once logged in. */
    public static List<Landmark> signedInLandmarks() {
        return Landmark.all(APP_LAUNCHER);
    }

    /**
     * Logs in (or finds the browser already logged in) and waits for Lightning.
     * @param verificationCode asked only when the org shows "Verify Your Identity"
     */
    public void logIn(Supplier<String> verificationCode) {
        ui.open(access.loginUrl());
        if (ui.firstShown(USERNAME, APP_LAUNCHER) == 1) {
            return;
        }
        ui.fill(USERNAME, access.username());
        ui.fill(PASSWORD, access.password().reveal());
        ui.click(LOG_IN);
        int next = ui.firstShown(APP_LAUNCHER, VERIFICATION_CODE, LOGIN_ERROR);
        if (next == 2) {
            throw new IllegalStateException("Salesforce refused the login: " + ui.text(LOGIN_ERROR));
        }
        if (next == 1) {
            verifyIdentity(verificationCode.get());
        }
    }

    /** Whether the browser shows the login form (an expired session sends it there). */
    public boolean showsLoginForm() {
        return ui.isShown(USERNAME);
    }

    /** Whether the login page shows "Verify Your Identity" right now. */
    public boolean asksToVerifyIdentity() {
        return ui.isShown(VERIFICATION_CODE);
    }

    private void verifyIdentity(String code) {
        ui.fill(VERIFICATION_CODE, code);
        ui.click(VERIFY);
        if (ui.firstShown(APP_LAUNCHER, LOGIN_ERROR) == 1) {
            throw new IllegalStateException("Salesforce refused the verification code: " + ui.text(LOGIN_ERROR));
        }
    }
}
