package io.omharness.twin.salesforce.model;

import java.time.LocalDate;

/** One row of Setup > Installed Packages. {@code configurePath} is null when the package has no Configure link. */
public record InstalledPackage(String id, String versionId, String name, String publisher, String versionName,
                               String versionNumber, String namespace, LocalDate installDate, boolean limits,
                               int apps, int tabs, int objects, boolean certified, String configurePath) {

    public boolean configurable() {
        return configurePath != null;
    }
}
