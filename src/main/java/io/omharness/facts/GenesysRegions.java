package io.omharness.facts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Genesys Cloud's regions and their domains (DOMAIN.md), the one list of them: the harness's config
 * checks a region against it and the twin's package settings offer it in their Region picklist.
 */
public final class GenesysRegions {
    public static final String CUSTOM = "Custom (base URL)";
    private static final Map<String, String> DOMAINS = new LinkedHashMap<>();

    static {
        DOMAINS.put("us-east-1", "mypurecloud.com");
        DOMAINS.put("us-west-2", "usw2.pure.cloud");
        DOMAINS.put("ca-central-1", "cac1.pure.cloud");
        DOMAINS.put("sa-east-1", "sae1.pure.cloud");
        DOMAINS.put("mx-central-1", "mxc1.pure.cloud");
        DOMAINS.put("eu-west-1", "mypurecloud.ie");
        DOMAINS.put("eu-west-2", "euw2.pure.cloud");
        DOMAINS.put("eu-central-1", "mypurecloud.de");
        DOMAINS.put("eu-central-2", "euc2.pure.cloud");
        DOMAINS.put("me-central-1", "mec1.pure.cloud");
        DOMAINS.put("ap-south-1", "aps1.pure.cloud");
        DOMAINS.put("ap-southeast-1", "apse1.pure.cloud");
        DOMAINS.put("ap-southeast-2", "mypurecloud.com.au");
        DOMAINS.put("ap-northeast-1", "mypurecloud.jp");
        DOMAINS.put("ap-northeast-2", "apne2.pure.cloud");
        DOMAINS.put("ap-northeast-3", "apne3.pure.cloud");
    }

    private GenesysRegions() {
    }

    /** The region domains, e.g. mypurecloud.com, usw2.pure.cloud. */
    public static Set<String> domains() {
        return Set.copyOf(DOMAINS.values());
    }

    /** Picklist labels, e.g. "us-east-1 (mypurecloud.com)", then the custom choice. */
    public static Map<String, String> labels() {
        Map<String, String> out = new LinkedHashMap<>();
        DOMAINS.forEach((region, domain) -> out.put(region, region + " (" + domain + ")"));
        out.put("", CUSTOM);
        return out;
    }

    public static Optional<String> apiBase(String region) {
        return Optional.ofNullable(region == null ? null : DOMAINS.get(region)).map(d -> "https://api." + d);
    }
}
