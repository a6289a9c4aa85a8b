package io.omharness.twin.genesys.model;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Open messaging integrations: validated on create, completed asynchronously with a new recipient. */
public final class OpenIntegrations {
    public static final String URL_RULE =
            "The outbound notification webhook URL must use https and must not use a custom port.";
    public static final String TOKEN_RULE =
            "The outbound notification webhook signature secret token must be longer than 15 characters.";
    private final Object lock;
    private final Clock clock;
    private final Recipients recipients;
    private final Supplier<Duration> createDuration;
    private final Map<String, Integration> byId = new LinkedHashMap<>();
    private final Consistency<IntegrationJson> listed;
    /** The org's default supported content profile, which new integrations get unless they name one. */
    private final Ref defaultSupportedContent;

    public OpenIntegrations(Object lock, Clock clock, Recipients recipients, Supplier<Duration> createDuration) {
        this.lock = lock;
        this.clock = clock;
        this.recipients = recipients;
        this.createDuration = createDuration;
        this.listed = new Consistency<>(clock);
        String contentId = UUID.randomUUID().toString();
        this.defaultSupportedContent = new Ref(contentId, "Default Supported Content Profile",
                "/api/v2/conversations/messaging/supportedcontent/" + contentId);
    }

    /** Optional references of a create request: supportedContent and messagingSetting ids (null = default / none). */
    public record Settings(String supportedContentId, String messagingSettingId) {
        public static final Settings DEFAULTS = new Settings(null, null);
    }

    private static final class Integration {
        final String id;
        final Instant created;
        String name;
        String webhookUrl;
        String token;
        String createStatus = "Initiated";
        Ref recipient;
        Instant modified;
        Ref supportedContent;
        Ref messagingSetting;
        Ref createdBy;
        Ref modifiedBy;

        Integration(String id, Instant created) {
            this.id = id;
            this.created = created;
            this.modified = created;
        }
    }

    /** The token is never part of the answer. */
    public record IntegrationJson(String id, String name, Ref supportedContent, Ref messagingSetting,
                                  String outboundNotificationWebhookUrl, Map<String, String> webhookHeaders,
                                  String status, Ref recipient, String dateCreated, String dateModified, Ref createdBy,
                                  Ref modifiedBy, String createStatus, Object createError, String selfUri) {
    }

    public IntegrationJson create(String name, String webhookUrl, String token, Settings settings, Caller by) {
        synchronized (lock) {
            Integration integration = add(name, webhookUrl, token);
            integration.createdBy = by == null ? null : by.ref();
            integration.modifiedBy = integration.createdBy;
            integration.supportedContent = settings.supportedContentId() == null ? defaultSupportedContent
                    : new Ref(settings.supportedContentId(), null,
                    "/api/v2/conversations/messaging/supportedcontent/" + settings.supportedContentId());
            integration.messagingSetting = settings.messagingSettingId() == null ? null
                    : new Ref(settings.messagingSettingId(), null,
                    "/api/v2/conversations/messaging/settings/" + settings.messagingSettingId());
            listed.changed(integration.id, json(integration));
            CompletableFuture.runAsync(() -> complete(integration.id),
                    io.omharness.twin.core.SandboxTimers.after(createDuration.get().toMillis()));
            return json(integration);
        }
    }

    /** An integration that has already completed, for the seed. */
    public IntegrationJson seedCompleted(String name, String webhookUrl, String token) {
        synchronized (lock) {
            Integration integration = add(name, webhookUrl, token);
            integration.supportedContent = defaultSupportedContent;
            complete(integration.id);
            listed.changed(integration.id, json(integration));
            return json(integration);
        }
    }

    /** A new, checked integration (callers hold the lock). */
    private Integration add(String name, String webhookUrl, String token) {
        Integration integration = new Integration(UUID.randomUUID().toString(), clock.instant());
        integration.name = uniqueName(name, null);
        integration.webhookUrl = checkedUrl(webhookUrl);
        integration.token = checkedToken(token);
        byId.put(integration.id, integration);
        return integration;
    }

    /** PATCH: name is required; other fields left null stay as they are; the same rules as create. */
    public IntegrationJson update(String id, String name, String webhookUrl, String token, Caller by) {
        synchronized (lock) {
            Integration integration = require(id);
            if (name == null) {
                throw GenesysError.badRequest("The name is required.");
            }
            String newName = uniqueName(name, id);
            String newUrl = webhookUrl == null ? integration.webhookUrl : checkedUrl(webhookUrl);
            String newToken = token == null ? integration.token : checkedToken(token);
            integration.name = newName;
            integration.webhookUrl = newUrl;
            integration.token = newToken;
            integration.modified = clock.instant();
            integration.modifiedBy = by == null ? integration.modifiedBy : by.ref();
            listed.changed(id, json(integration));
            return json(integration);
        }
    }

    public IntegrationJson get(String id) {
        synchronized (lock) {
            return json(require(id));
        }
    }

    /** Every integration (the real listing has no name filter). */
    public List<IntegrationJson> list() {
        return list(Duration.ZERO);
    }

    /** Every integration as lists show them `lag` after their latest changes. */
    public List<IntegrationJson> list(Duration lag) {
        synchronized (lock) {
            return listed.listed(lag, id -> Optional.ofNullable(byId.get(id)).map(this::json)).stream()
                    .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
        }
    }

    /** Removes the integration and its recipient. */
    public void delete(String id) {
        synchronized (lock) {
            Integration integration = require(id);
            byId.remove(id);
            listed.changed(id, null);
            if (integration.recipient != null) {
                recipients.delete(integration.recipient.id());
            }
        }
    }

    /** Whether the stored token equals the given one (for checks that must not read the token back). */
    public boolean tokenMatches(String id, String token) {
        synchronized (lock) {
            return require(id).token.equals(token);
        }
    }

    private void complete(String id) {
        synchronized (lock) {
            Integration integration = byId.get(id);
            if (integration == null || integration.recipient != null) {
                return;
            }
            Recipients.RecipientJson recipient = recipients.create(integration.name);
            integration.recipient = new Ref(recipient.id(), recipient.name(), recipient.selfUri());
            integration.createStatus = "Completed";
            integration.modified = clock.instant();
        }
    }

    private IntegrationJson json(Integration i) {
        return new IntegrationJson(i.id, i.name, i.supportedContent, i.messagingSetting, i.webhookUrl, Map.of(),
                "Active", i.recipient, Timestamps.format(i.created), Timestamps.format(i.modified), i.createdBy,
                i.modifiedBy, i.createStatus, null, "/api/v2/conversations/messaging/integrations/open/" + i.id);
    }

    private Integration require(String id) {
        Integration integration = id == null ? null : byId.get(id);
        if (integration == null) {
            throw GenesysError.notFound("Open messaging integration", id);
        }
        return integration;
    }

    private String uniqueName(String name, String exceptId) {
        String checked = Names.required(name, "integration");
        if (byId.values().stream().anyMatch(i -> !i.id.equals(exceptId) && Names.same(i.name, checked))) {
            throw GenesysError.badRequest("An integration with the name '" + checked + "' already exists.");
        }
        return checked;
    }

    static String checkedUrl(String url) {
        try {
            URI uri = URI.create(url == null ? "" : url.trim());
            boolean ok = "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
                    && (uri.getPort() == -1 || uri.getPort() == 443);
            if (ok) {
                return url.trim();
            }
        } catch (IllegalArgumentException e) {
            // falls through to the rule's message
        }
        throw GenesysError.badRequest(URL_RULE);
    }

    static String checkedToken(String token) {
        if (token == null || token.length() <= 15) {
            throw GenesysError.badRequest(TOKEN_RULE);
        }
        return token;
    }

    /** For the seed: the org's own objects existed long before anyone lists them. */
    public void settleLists() {
        synchronized (lock) {
            listed.settle();
        }
    }
}
