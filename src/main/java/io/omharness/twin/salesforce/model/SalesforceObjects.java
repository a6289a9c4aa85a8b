package io.omharness.twin.salesforce.model;

import java.util.List;

/**
 * The names the external-routing package uses in the org. The real package's namespace and object
 * API names are not public (DOMAIN.md: UNKNOWN), so the twin picks plausible ones here, in one place.
 * As in every managed package, its objects and custom fields carry the namespace in their API names
 * ({@code <ns>__Genesys_Cloud_Queue__c}); the namespace is a per-tenant setting whose default is a guess.
 * The constants below are the names without the namespace, as the package's own code spells them.
 */
public final class SalesforceObjects {
    public static final String PACKAGE_NAME = "Genesys Cloud CX for Salesforce External Routing";
    /** A guess: the real namespace prefix is not public (the main Genesys package's is purecloud). */
    public static final String DEFAULT_NAMESPACE = "gcxr";
    /** The Visualforce page Configure opens ("Managed Package Settings"), without its namespace. */
    public static final String SETTINGS_PAGE_NAME = "ManagedPackageSettings";
    /** The newer packaging's App Launcher app that shows the same settings. */
    public static final String APP_NAME = "GC External Routing Integration";
    /** The app's Lightning page tab (/lightning/n/<ns>__<tab>), without its namespace: a guess. */
    public static final String APP_TAB = "GC_External_Routing";

    public static final String QUEUE_OBJECT = "Genesys_Cloud_Queue__c";
    public static final String QUEUE_LABEL = "Genesys Cloud Queue";
    public static final String ENTITY_OBJECT = "Genesys_Cloud_Entity__c";
    public static final String ENTITY_LABEL = "Genesys Cloud Entity";
    public static final String PACKAGE_OBJECT = "InstalledSubscriberPackage";

    public static final String FIELD_ID = "Id";
    public static final String FIELD_NAME = "Name";
    public static final String FIELD_GENESYS_ID = "Genesys_Id__c";
    public static final String FIELD_TYPE = "Type__c";
    public static final String FIELD_RETRIEVED_AT = "Retrieved_At__c";
    public static final String FIELD_CREATED = "CreatedDate";
    public static final String FIELD_MODIFIED = "LastModifiedDate";
    public static final List<String> RECORD_FIELDS = List.of(FIELD_ID, FIELD_NAME, FIELD_GENESYS_ID, FIELD_TYPE,
            FIELD_RETRIEVED_AT, FIELD_CREATED, FIELD_MODIFIED);

    /** Type__c values. */
    public static final String TYPE_QUEUE = "Queue";
    public static final String TYPE_OPEN_MESSAGING = "Open Messaging Integration";

    public static final String API_VERSION = "v60.0";

    private SalesforceObjects() {
    }

    /** A package component's API name in an org: {@code <ns>__<name>} (no prefix when the namespace is empty). */
    public static String namespaced(String namespace, String name) {
        return namespace == null || namespace.isEmpty() ? name : namespace + "__" + name;
    }

    /** The name without the namespace when {@code apiName} carries it (any case); otherwise null. */
    public static String local(String namespace, String apiName) {
        if (apiName == null) return null;
        String prefix = namespace == null || namespace.isEmpty() ? "" : namespace + "__";
        return apiName.regionMatches(true, 0, prefix, 0, prefix.length()) ? apiName.substring(prefix.length()) : null;
    }

    public static String settingsPage(String namespace) {
        return "/apex/" + namespaced(namespace, SETTINGS_PAGE_NAME);
    }

    public static boolean isRecordObject(String apiName) {
        return QUEUE_OBJECT.equalsIgnoreCase(apiName) || ENTITY_OBJECT.equalsIgnoreCase(apiName);
    }

    /** Canonical spelling of a record object name given in any case. */
    public static String canonical(String apiName) {
        if (QUEUE_OBJECT.equalsIgnoreCase(apiName)) return QUEUE_OBJECT;
        if (ENTITY_OBJECT.equalsIgnoreCase(apiName)) return ENTITY_OBJECT;
        if (PACKAGE_OBJECT.equalsIgnoreCase(apiName)) return PACKAGE_OBJECT;
        return apiName;
    }

    public static String labelOf(String apiName) {
        return QUEUE_OBJECT.equals(apiName) ? QUEUE_LABEL : ENTITY_LABEL;
    }

    /** Record id key prefix per object (real orgs give custom objects a01, a02, ...). */
    public static String keyPrefix(String apiName) {
        return QUEUE_OBJECT.equals(apiName) ? "a0Q" : "a0E";
    }
}
