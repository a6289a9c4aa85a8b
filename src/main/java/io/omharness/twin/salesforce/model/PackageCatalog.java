package io.omharness.twin.salesforce.model;


import java.time.LocalDate;
import java.util.List;

/** The packages every twin org has installed: the Genesys package among ones real orgs commonly carry. */
public final class PackageCatalog {
    private PackageCatalog() {
    }

    /** @param settingsApp the newer packaging: settings in an App Launcher app, no Configure link (a guess) */
    public static List<InstalledPackage> standard(LocalDate today, String namespace, boolean settingsApp) {
        return List.of(
                new InstalledPackage("0A35g000000TxAbCAK", "04t5g000000AbCdAAK", "Declarative Lookup Rollup Summaries Tool",
                        "Andrew Fawcett", "Version 2.21", "2.21", "dlrs", today.minusDays(412), true, 1, 4, 3, false, null),
                new InstalledPackage("0A35g000000TxBbCAK", "04t5g000000XyZwAAK", "Genesys Cloud for Salesforce",
                        "Genesys", "Genesys Cloud for Salesforce 5.14", "5.14", "purecloud", today.minusDays(188), true,
                        1, 2, 9, true, "/apex/purecloud__ManagedPackageSettings"),
                new InstalledPackage("0A35g000000TxCbCAK", "04t5g000000GxRaAAK", SalesforceObjects.PACKAGE_NAME,
                        "Genesys", "External Routing 2.6", "2.6", namespace, today.minusDays(41),
                        true, settingsApp ? 2 : 1, settingsApp ? 3 : 2, 4, true, settingsApp ? null : SalesforceObjects.settingsPage(namespace)),
                new InstalledPackage("0A35g000000TxDbCAK", "04t30000001DUvrAAG", "Salesforce Connected Apps",
                        "salesforce.com", "Winter '16", "1.7", "sf_com_apps", today.minusDays(980), false, 0, 0, 0, false, null),
                new InstalledPackage("0A35g000000TxEbCAK", "04t1U000007Y5qxQAC", "Salesforce Mobile Apps",
                        "salesforce.com", "Summer 2024", "1.74", "sf_chttr_apps", today.minusDays(700), false, 0, 0, 0, false, null),
                new InstalledPackage("0A35g000000TxFbCAK", "04t4W000002V2UwQAK", "Salesforce Adoption Dashboards",
                        "salesforce.com labs", "Adoption Dashboards 2.3", "2.3", "sfdcadoption", today.minusDays(512), false,
                        0, 1, 0, true, null));
    }
}
