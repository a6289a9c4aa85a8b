package io.omharness.twin.tenant;

import io.omharness.twin.core.Assets;
import io.omharness.twin.core.DomSeed;
import io.omharness.twin.core.SandboxUrls;
import io.omharness.twin.core.TenantSettings;

/** What every part of the twin shares: tenants, assets with the DOM seed, and its public URLs. */
public record SandboxContext(Tenants tenants, Assets assets, DomSeed seed, SandboxUrls urls, TenantSettingsDefaults defaults) {

    /** Settings a new tenant starts with (from config), before the control API request's own. */
    public interface TenantSettingsDefaults {
        TenantSettings newSettings();
    }
}
