package io.omharness.twin.salesforce.pages;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.omharness.twin.tenant.Tenant;
import io.omharness.twin.salesforce.model.IdentityChallenges;

import java.util.Map;
import java.util.Optional;

/**
 * The login page (#username, #password named pw, #Login), "Verify Your Identity" (#emc, #save) when the
 * tenant asks for identity verification, /secur/frontdoor.jsp (a session from an access token) and logout.
 */
final class LoginRoutes {
    static final String HOME = "/lightning/page/home";
    static final String VERIFY = "/_ui/identity/verification/method/EmailVerificationFinishUi/e";
    private static final String CHALLENGE_COOKIE = "sfdc_idv";
    private static final String BAD_LOGIN = "Please check your username and password. If you still can't log in, "
            + "contact your Salesforce administrator.";
    private static final String BAD_CODE = "The verification code you entered is invalid or has expired.";

    private final SalesforceSite site;

    LoginRoutes(SalesforceSite site) {
        this.site = site;
    }

    void register(Javalin app) {
        app.get("/", ctx -> {
            if (site.tenant(ctx).isPresent()) {
                ctx.redirect(SalesforceSite.safeReturn(ctx.queryParam("startURL"), HOME));
                return;
            }
            loginPage(ctx, "", "", ctx.queryParam("startURL"));
        });
        app.post("/", this::logIn);
        app.get(VERIFY, ctx -> challenge(ctx).ifPresentOrElse(c -> verifyPage(ctx, ""), () -> ctx.redirect("/")));
        app.post(VERIFY, this::verify);
        app.get("/secur/frontdoor.jsp", this::frontdoor);
        app.get("/secur/logout.jsp", ctx -> {
            site.logOut(ctx);
            ctx.redirect("/");
        });
    }

    private void logIn(Context ctx) {
        String username = ctx.formParam("username");
        String password = ctx.formParam("pw");
        String start = ctx.formParam("startURL");
        Optional<Tenant> tenant = site.tenantByUsername(username)
                .filter(t -> t.salesforce().password().equals(password));
        if (tenant.isEmpty()) {
            loginPage(ctx, BAD_LOGIN, username, start);
            return;
        }
        if (tenant.get().settings().identityVerification) {
            IdentityChallenges.Challenge c = site.org(tenant.get()).identity().issue(tenant.get().id());
            ctx.cookie(CHALLENGE_COOKIE, tenant.get().id() + "." + c.id());
            ctx.redirect(VERIFY + "?startURL=" + SalesforceSite.encode(SalesforceSite.safeReturn(start, HOME)));
            return;
        }
        site.logIn(ctx, tenant.get());
        ctx.redirect(SalesforceSite.safeReturn(start, HOME));
    }

    private void verify(Context ctx) {
        Optional<String[]> pending = pendingIds(ctx);
        Optional<Tenant> tenant = pending.flatMap(p -> site.context().tenants().byId(p[0]));
        if (tenant.isEmpty() || challenge(ctx).isEmpty()) {
            ctx.redirect("/");
            return;
        }
        if (!tenant.get().salesforce().identity().verify(pending.get()[1], ctx.formParam("emc"))) {
            verifyPage(ctx, BAD_CODE);
            return;
        }
        ctx.removeCookie(CHALLENGE_COOKIE, "/");
        site.logIn(ctx, tenant.get());
        ctx.redirect(SalesforceSite.safeReturn(ctx.queryParam("startURL"), HOME));
    }

    private void frontdoor(Context ctx) {
        String ret = SalesforceSite.safeReturn(ctx.queryParam("retURL"), HOME);
        Optional<Tenant> tenant = site.sessions().valid(ctx.queryParam("sid"))
                .flatMap(s -> site.context().tenants().byId(s.tenantId()));
        if (tenant.isEmpty()) {
            ctx.redirect(site.appOrigin() + "/?startURL=" + SalesforceSite.encode(ret));
            return;
        }
        site.logIn(ctx, tenant.get());
        ctx.redirect(ret);
    }

    private Optional<String[]> pendingIds(Context ctx) {
        String raw = ctx.cookie(CHALLENGE_COOKIE);
        if (raw == null || raw.indexOf('.') < 0) return Optional.empty();
        return Optional.of(raw.split("\\.", 2));
    }

    private Optional<IdentityChallenges.Challenge> challenge(Context ctx) {
        return pendingIds(ctx).flatMap(p -> site.context().tenants().byId(p[0])
                .flatMap(t -> t.salesforce().identity().pending(p[1])));
    }

    private void loginPage(Context ctx, String error, String username, String start) {
        ctx.html(site.page("salesforce/login.html", Map.of(
                "error", error.isEmpty() ? "" : "<div id=\"error\" class=\"loginError\" role=\"alert\">" + SalesforceSite.escape(error) + "</div>",
                "username", SalesforceSite.escape(username),
                "startURL", SalesforceSite.escape(start == null ? "" : start))));
    }

    private void verifyPage(Context ctx, String error) {
        String email = pendingIds(ctx).flatMap(p -> site.context().tenants().byId(p[0]))
                .map(t -> t.salesforce().username()).orElse("your email address");
        String masked = email.replaceAll("(?<=.).(?=[^@]*@)", "*");
        ctx.html(site.page("salesforce/verify.html", Map.of(
                "error", error.isEmpty() ? "" : "<div id=\"error\" class=\"loginError\" role=\"alert\">" + SalesforceSite.escape(error) + "</div>",
                "email", SalesforceSite.escape(masked),
                "action", SalesforceSite.escape(VERIFY + "?startURL=" + SalesforceSite.encode(
                        SalesforceSite.safeReturn(ctx.queryParam("startURL"), HOME))))));
    }
}
