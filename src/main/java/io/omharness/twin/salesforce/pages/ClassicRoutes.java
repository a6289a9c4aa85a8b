package io.omharness.twin.salesforce.pages;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.omharness.twin.tenant.Tenant;
import io.omharness.twin.salesforce.model.InstalledPackage;

import java.security.SecureRandom;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/**
 * Classic (Visualforce-era) Setup pages that Lightning shows in the aloha iframe: Installed Packages
 * with table.list and a.actionLink "Configure - &lt;Package Name&gt;", and generated j_id element ids.
 */
final class ClassicRoutes {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M/d/yyyy");
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SalesforceSite site;

    ClassicRoutes(SalesforceSite site) {
        this.site = site;
    }

    void register(Javalin app) {
        app.get("/0A3", this::installedPackages);
    }

    static Optional<Tenant> classicSession(SalesforceSite site, Context ctx) {
        Optional<Tenant> tenant = site.onSetupOrigin(ctx) ? site.tenant(ctx) : Optional.empty();
        if (tenant.isEmpty()) {
            ctx.status(401).html(site.page("salesforce/classic-expired.html", Map.of()));
        }
        return tenant;
    }

    private void installedPackages(Context ctx) {
        Optional<Tenant> tenant = classicSession(site, ctx);
        if (tenant.isEmpty()) return;
        StringBuilder rows = new StringBuilder();
        int i = 0;
        for (InstalledPackage p : site.org(tenant.get()).packages()) {
            rows.append(row(p, i++));
        }
        String error = ctx.queryParam("uninstall") == null ? "" : """
                <div id="error" class="message errorM3" role="alert"><span id="errorTitle">Error:</span>
                <span id="errorDesc">Uninstalling packages is not available in this sandbox org.</span></div>""";
        ctx.html(site.page("salesforce/classic-packages.html", Map.of("rows", rows.toString(), "error", error,
                "formId", jid(), "count", Integer.toString(i))));
    }

    private String row(InstalledPackage p, int index) {
        String name = SalesforceSite.escape(p.name());
        StringBuilder action = new StringBuilder()
                .append("<a href=\"/0A3?setupid=ImportedPackage&amp;uninstall=").append(p.id())
                .append("\" class=\"actionLink\" title=\"Uninstall - ").append(name).append("\">Uninstall</a>");
        if (p.configurable()) {
            String target = "/lightning/setup/ImportedPackage/page?address=" + SalesforceSite.encode(p.configurePath());
            action.append("&nbsp;|&nbsp;<a href=\"").append(SalesforceSite.escape(target))
                    .append("\" target=\"_top\" class=\"actionLink\" title=\"Configure - ").append(name)
                    .append("\">Configure</a>");
        }
        return "<tr class=\"dataRow " + (index % 2 == 0 ? "even" : "odd") + (index == 0 ? " first" : "")
                + "\" id=\"" + jid() + "\">"
                + "<td class=\"actionColumn\">" + action + "</td>"
                + "<th scope=\"row\" class=\"dataCell\"><a href=\"/0A3?setupid=ImportedPackage&amp;pkg=" + p.id() + "\">" + name + "</a></th>"
                + cell(p.publisher()) + cell(p.versionNumber()) + cell(p.namespace())
                + cell(DATE.format(p.installDate())) + check(p.limits())
                + cell(Integer.toString(p.apps())) + cell(Integer.toString(p.tabs())) + cell(Integer.toString(p.objects()))
                + check(p.certified()) + "</tr>\n";
    }

    private static String cell(String text) {
        return "<td class=\"dataCell\">" + SalesforceSite.escape(text) + "</td>";
    }

    private static String check(boolean on) {
        return "<td class=\"dataCell\"><img src=\"/sf-assets/" + (on ? "checkbox_checked" : "checkbox_unchecked")
                + ".svg\" alt=\"" + (on ? "Checked" : "Not Checked") + "\" width=\"21\" height=\"16\"></td>";
    }

    /** Visualforce-style generated id, different on every render. */
    static String jid() {
        return "j_id0:j_id" + (100 + RANDOM.nextInt(900)) + ":j_id" + (10 + RANDOM.nextInt(90));
    }
}
