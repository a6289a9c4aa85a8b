package io.omharness.twin.genesys.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Architect import jobs (POST /api/v2/flows/jobs): registered with a one-time presigned upload, started
 * by the upload of an Archy YAML document, then Success (the flow imported and published) or Failure
 * with messages, after the tenant's publish duration.
 */
public final class FlowJobs {
    public static final Duration UPLOAD_EXPIRY = Duration.ofMinutes(15);
    /** The header the presigned upload is signed with: the uploader must send what `headers` lists. */
    public static final Map<String, String> UPLOAD_HEADERS = Map.of("Content-Type", "application/octet-stream");
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Object lock;
    private final Clock clock;
    private final Flows flows;
    private final Queues queues;
    private final Ref division;
    private final Supplier<Duration> duration;
    private final Map<String, Job> byId = new LinkedHashMap<>();

    public FlowJobs(Object lock, Clock clock, Flows flows, Queues queues, Ref division, Supplier<Duration> duration) {
        this.lock = lock;
        this.clock = clock;
        this.flows = flows;
        this.queues = queues;
        this.division = division;
        this.duration = duration;
    }

    private static final class Job {
        final String id = UUID.randomUUID().toString();
        final String signature = HexFormat.of().formatHex(randomBytes());
        final Instant expires;
        final Caller by;
        boolean uploaded;
        String status = "Registered";
        Ref flow;
        final List<Message> messages = new ArrayList<>();

        Job(Instant expires, Caller by) {
            this.expires = expires;
            this.by = by;
        }
    }

    public record Message(String dateTime, String type, String text) {
    }

    /** {id, signature}: the signature is the one-time secret of the presigned upload URL. */
    public record Registration(String id, String signature) {
    }

    public record JobJson(String id, Ref flow, String status, String command, List<Message> messages, String selfUri) {
    }

    public Registration register(Caller by) {
        synchronized (lock) {
            Job job = new Job(clock.instant().plus(UPLOAD_EXPIRY), by);
            byId.put(job.id, job);
            return new Registration(job.id, job.signature);
        }
    }

    public boolean has(String jobId) {
        synchronized (lock) {
            return byId.containsKey(jobId);
        }
    }

    /** Takes the document once, if the signature is the job's and has not expired; then imports it later. */
    public boolean upload(String jobId, String signature, String yaml) {
        synchronized (lock) {
            Job job = byId.get(jobId);
            if (job == null || job.uploaded || !job.signature.equals(signature) || clock.instant().isAfter(job.expires)) {
                return false;
            }
            job.uploaded = true;
            job.status = "Started";
            CompletableFuture.runAsync(() -> process(jobId, yaml),
                    io.omharness.twin.core.SandboxTimers.after(duration.get().toMillis()));
            return true;
        }
    }

    public JobJson get(String jobId, boolean withMessages) {
        synchronized (lock) {
            Job job = Optional.ofNullable(jobId == null ? null : byId.get(jobId))
                    .orElseThrow(() -> GenesysError.notFound("Architect job", jobId));
            return new JobJson(job.id, job.flow, job.status, "Publish", withMessages ? List.copyOf(job.messages) : null,
                    "/api/v2/flows/jobs/" + job.id);
        }
    }

    private void process(String jobId, String yaml) {
        synchronized (lock) {
            Job job = byId.get(jobId);
            try {
                ArchyFlow archy = ArchyFlow.parse(yaml);
                if (archy.division() != null && !Names.same(archy.division(), division.name())) {
                    throw new IllegalArgumentException("Unable to find a division named '" + archy.division() + "'.");
                }
                Flow.FlowJson flow = flows.importPublished(archy.name(), archy.type(), archy.description(),
                        configuration(archy), job.by);
                job.flow = new Ref(flow.id(), flow.name(), flow.selfUri());
                job.status = "Success";
            } catch (IllegalArgumentException e) {
                fail(job, List.of(e.getMessage()));
            } catch (GenesysError e) {
                fail(job, e.details().isEmpty() ? List.of(e.getMessage()) : e.details());
            }
        }
    }

    /** Architect's internal configuration for the document, its queues resolved by name. */
    private ObjectNode configuration(ArchyFlow archy) {
        ObjectNode config = Flows.emptyConfiguration(archy.name(), archy.type());
        ArrayNode actions = config.withObject("/initialState").withArray("actions");
        for (ArchyFlow.Transfer transfer : archy.transfers()) {
            ObjectNode action = actions.addObject().put("type", "transferToAcd").put("name", transfer.name())
                    .put("priority", transfer.priority());
            if (transfer.queueName() == null) {
                action.putNull("queue");
                continue;
            }
            Queue.QueueJson queue = queues.list(null).stream().filter(q -> Names.same(q.name(), transfer.queueName()))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException(transfer.name()
                            + ": unable to find a queue named '" + transfer.queueName() + "'."));
            action.putObject("queue").put("id", queue.id()).put("name", queue.name());
        }
        return config;
    }

    private void fail(Job job, List<String> texts) {
        job.status = "Failure";
        texts.forEach(t -> job.messages.add(new Message(Timestamps.format(clock.instant()), "Error", t)));
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
