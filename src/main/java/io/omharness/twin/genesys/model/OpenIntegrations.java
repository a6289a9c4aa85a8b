package io.omharness.twin.genesys.model;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
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

    public OpenIntegrations(Object lock, Clock clock, Recipients recipients, Supplier<Duration> createDuration) {
        this.lock = lock;
        this.clock = clock;
        this.recipients = recipients;
        this.createDuration = createDuration;
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

        Integration(String id, Instant created) {
            this.id = id;
            this.created = created;
            this.modified = created;
        }
    }

    /** The token is never part of the answer. */
    public record IntegrationJson(String id, String name, String outboundNotificationWebhookUrl, String status,
                                  String createStatus, Object createError, Ref recipient, String dateCreated,
                                  String dateModified, String messengerType, String selfUri) {
    }

    public IntegrationJson create(String name, String webhookUrl, String token) {
        synchronized (lock) {
            Integration integration = add(name, webhookUrl, token);
            CompletableFuture.runAsync(() -> complete(integration.id),
                    io.omharness.twin.SandboxTimers.after(createDuration.get().toMillis()));
            return json(integration);
        }
    }

    /** An integration that has already completed, for the seed. */
    public IntegrationJson seedCompleted(String name, String webhookUrl, String token) {
        synchronized (lock) {
            Integration integration = add(name, webhookUrl, token);
            complete(integration.id);
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

    /** Changes the given fields (null leaves one as it is), with the same rules as create. */
    public IntegrationJson update(String id, String name, String webhookUrl, String token) {
        synchronized (lock) {
            Integration integration = require(id);
            String newName = name == null ? integration.name : uniqueName(name, id);
            String newUrl = webhookUrl == null ? integration.webhookUrl : checkedUrl(webhookUrl);
            String newToken = token == null ? integration.token : checkedToken(token);
            integration.name = newName;
            integration.webhookUrl = newUrl;
            integration.token = newToken;
            integration.modified = clock.instant();
            return json(integration);
        }
    }

    public IntegrationJson get(String id) {
        synchronized (lock) {
            return json(require(id));
        }
    }

    public List<IntegrationJson> list(String name) {
        Predicate<String> filter = Names.filter(name);
        synchronized (lock) {
            return byId.values().stream().filter(i -> filter.test(i.name))
                    .sorted((a, b) -> a.name.compareToIgnoreCase(b.name)).map(this::json).toList();
        }
    }

    /** Removes the integration and its recipient. */
    public void delete(String id) {
        synchronized (lock) {
            Integration integration = require(id);
            byId.remove(id);
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
        return new IntegrationJson(i.id, i.name, i.webhookUrl, "Active", i.createStatus, null, i.recipient,
                Timestamps.format(i.created), Timestamps.format(i.modified), "open",
                "/api/v2/conversations/messaging/integrations/open/" + i.id);
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
}
