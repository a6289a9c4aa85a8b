package io.omharness.genesys;

import io.omharness.target.OrgAccess;
import io.omharness.ui.Landmark;
import io.omharness.ui.Locator;
import io.omharness.ui.Ui;

import java.util.List;

/**
 * The Genesys Cloud login page and the apps splash after it. Logging in is rate-limited on real
 * orgs, so this logs in once per browser: when the browser already shows the admin app, it does nothing.
 */
public final class GenesysLogin {
    private static final Locator EMAIL = Locator.field("Email Address");
    private static final Locator PASSWORD = Locator.field("Password");
    private static final Locator LOG_IN = Locator.button("Log In");
    private static final Locator LOGIN_ERROR = Locator.anyOf("alert");
    private static final Locator SIGNED_IN_USER = Locator.role("img", "Profile:").containing();
    private static final Locator ADMIN_HOME = Locator.heading("Admin");

    private final Ui ui;
    private final OrgAccess.Genesys access;

    public GenesysLogin(Ui ui, OrgAccess.Genesys access) {
        this.ui = ui.onSignInPages();
        this.access = access;
    }

    /** What the login page shows (for ./harness doctor): the fields and the button {@link #logIn} uses. */
    public static List<Landmark> landmarks() {
        return Landmark.all(EMAIL, PASSWORD, LOG_IN);
    }

    /** What the Admin app shows once logged in. */
    public static List<Landmark> signedInLandmarks() {
        return Landmark.all(SIGNED_IN_USER, ADMIN_HOME);
    }

    /** Logs in (unless this browser already has a session) and ends on the Admin app. */
    public void logIn() {
        if (isLoggedIn()) {
            return;
        }
        ui.open(access.loginUrl());
        if (ui.firstShown(EMAIL, SIGNED_IN_USER) == 0) {
            submitCredentials();
        }
        // the Admin app by its stable URL: the splash links it twice (a tile, and the legacy top navigation)
        ui.open(access.appsUrl() + "/directory/#/admin");
        ui.find(ADMIN_HOME);
    }

    /** True when the browser was sent to the login page (an expired session does that). */
    public boolean showsLoginPage() {
        return ui.currentUrl().startsWith(loginPage(access));
    }

    /** The login page's URL without its route: the app sends an expired session anywhere below it. */
    public static String loginPage(OrgAccess.Genesys access) {
        String url = access.loginUrl();
        return url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
    }

    /** True when the current page is the admin app with someone signed in. */
    public boolean isLoggedIn() {
        return ui.currentUrl().startsWith(access.appsUrl() + "/directory/") && ui.isShown(SIGNED_IN_USER);
    }

    private void submitCredentials() {
        ui.fill(EMAIL, access.email());
        ui.fill(PASSWORD, access.password().reveal());
        ui.click(LOG_IN);
        if (ui.firstShown(SIGNED_IN_USER, LOGIN_ERROR) == 1) {
            throw new IllegalStateException("Genesys Cloud refused the login of " + access.email() + ": " + ui.text(LOGIN_ERROR));
        }
    }
}
