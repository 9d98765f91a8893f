package dev.eksatlas.scan;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.AwsAccount;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * Scans the accounts behind a set of profiles: identity first (STS GetCallerIdentity; profiles
 * reaching the same account share it), then every account at the same time. Each finished account
 * goes to the sink as one snapshot; a cancelled scan stops within a second and hands over nothing
 * more.
 */
public final class ScanService {
    private static final Logger LOG = Logger.getLogger(ScanService.class.getName());
    private static final Duration CANCEL_POLL = Duration.ofMillis(100);

    private final ProfileResolver profiles;
    private final Clock clock;

    public ScanService(ProfileResolver profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    public ScanReport scan(ScanRequest request, ScanListener listener, CancelSignal cancel, SnapshotSink sink) {
        Instant started = clock.instant();
        CallGate gate = new CallGate(request.limits(), cancel, listener);
        List<ProfileFailure> failures = new ArrayList<>();
        List<AccountOutcome> outcomes = new ArrayList<>();
        try (ScanSession session = new ScanSession(request.limits());
                ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            try {
                Map<String, List<Identified>> byAccount = identify(request, session, gate, executor, failures, cancel);
                AccountScanner scanner = new AccountScanner(session, gate, executor, clock, request.options());
                Map<Future<AccountSnapshot>, List<Identified>> running = new LinkedHashMap<>();
                for (List<Identified> reaching : byAccount.values()) {
                    Identified first = reaching.getFirst();
                    running.put(executor.submit(() -> {
                        AccountSnapshot snapshot = scanner.scan(first.profile(), first.account(),
                                Regions.choose(request.regions(), first.profile(), first.account().partition()));
                        gate.checkCancelled();
                        sink.accept(snapshot);
                        return snapshot;
                    }), reaching);
                }
                for (var entry : running.entrySet()) {
                    List<String> names = entry.getValue().stream().map(i -> i.profile().name()).toList();
                    try {
                        outcomes.add(new AccountOutcome(await(entry.getKey(), cancel), names));
                    } catch (ScanCancelledException e) {
                        throw e;
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Scan of account " + entry.getValue().getFirst().account().accountId() + " failed", e);
                        names.forEach(n -> failures.add(new ProfileFailure(n, "The scan of account "
                                + entry.getValue().getFirst().account().accountId() + " failed: " + e.getMessage())));
                    }
                }
            } catch (ScanCancelledException e) {
                executor.shutdownNow();
                throw e;
            }
        }
        return new ScanReport(outcomes, failures, gate.callsMade(), Duration.between(started, clock.instant()));
    }

    private record Identified(ResolvedProfile profile, AwsAccount account) {
    }

    private Map<String, List<Identified>> identify(ScanRequest request, ScanSession session, CallGate gate,
            ExecutorService executor, List<ProfileFailure> failures, CancelSignal cancel) {
        gate.plan(request.profiles().size());
        Map<String, Future<Identified>> pending = new LinkedHashMap<>();
        for (String name : request.profiles()) {
            pending.put(name, executor.submit(() -> identify(name, session, gate)));
        }
        Map<String, List<Identified>> byAccount = new LinkedHashMap<>();
        for (var entry : pending.entrySet()) {
            try {
                Identified id = await(entry.getValue(), cancel);
                byAccount.computeIfAbsent(id.account().accountId(), k -> new ArrayList<>()).add(id);
            } catch (ProfileException e) {
                failures.add(new ProfileFailure(entry.getKey(), e.getMessage()));
            }
        }
        return byAccount;
    }

    private Identified identify(String name, ScanSession session, CallGate gate) {
        ResolvedProfile profile = profiles.resolve(name);
        String region = profile.region() != null ? profile.region() : Regions.FALLBACK;
        CallSite site = new CallSite(name, "sts", region, "GetCallerIdentity", null, null);
        try {
            GetCallerIdentityResponse me = gate.call(site, () -> session.sts(profile, region).getCallerIdentity());
            return new Identified(profile, new AwsAccount(me.account(), Arns.partition(me.arn()), null));
        } catch (SdkException e) {
            throw new ProfileException(profiles.explain(name, e), e);
        }
    }

    /** Waits for a task while watching for cancel, so a cancel is honoured within a fraction of a second. */
    private static <T> T await(Future<T> future, CancelSignal cancel) {
        while (true) {
            if (cancel.isCancelled()) {
                throw new ScanCancelledException();
            }
            try {
                return future.get(CANCEL_POLL.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ScanCancelledException();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
