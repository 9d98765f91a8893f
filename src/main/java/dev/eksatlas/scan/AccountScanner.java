package dev.eksatlas.scan;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.AwsAccount;
import dev.eksatlas.domain.EksAddon;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.FargateProfile;
import dev.eksatlas.domain.PodIdentityAssociation;
import dev.eksatlas.domain.StaleTokenCheck;
import dev.eksatlas.domain.StaleTokenObservation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** Scans one account: IAM once, EKS in every chosen region (then, when asked, its audit logs), all at the same time. */
final class AccountScanner {
    private final ScanSession session;
    private final CallGate gate;
    private final ExecutorService executor;
    private final Clock clock;
    private final ScanOptions options;

    AccountScanner(ScanSession session, CallGate gate, ExecutorService executor, Clock clock, ScanOptions options) {
        this.session = session;
        this.gate = gate;
        this.executor = executor;
        this.clock = clock;
        this.options = options;
    }

    AccountSnapshot scan(ResolvedProfile profile, AwsAccount account, List<String> regions) {
        Instant started = clock.instant();
        String accountId = account.accountId();
        Coverage coverage = new Coverage(accountId);
        IamScanner iamScanner = new IamScanner(gate, executor);
        EksScanner eksScanner = new EksScanner(gate, executor);

        Future<IamScanner.Result> iam = executor.submit(() -> iamScanner.scan(session.iam(profile, account.partition()), accountId, coverage));
        StaleTokenScanner tokenScanner = new StaleTokenScanner(gate, executor, options, clock);
        List<Future<EksScanner.Result>> eks = new ArrayList<>();
        for (String region : regions) {
            eks.add(executor.submit(() -> {
                EksScanner.Result read = eksScanner.scan(session.eks(profile, region), accountId, region, coverage);
                if (!options.staleTokens() || read.clusters().isEmpty()) {
                    return read;
                }
                StaleTokenScanner.Result tokens = tokenScanner.scan(session.logs(profile, region), accountId, region, read.clusters(), coverage);
                return read.withStaleTokens(tokens.observations(), tokens.checks());
            }));
        }
        List<EksCluster> clusters = new ArrayList<>();
        List<PodIdentityAssociation> associations = new ArrayList<>();
        List<EksAddon> addons = new ArrayList<>();
        List<FargateProfile> fargate = new ArrayList<>();
        List<StaleTokenObservation> staleTokens = new ArrayList<>();
        List<StaleTokenCheck> tokenChecks = new ArrayList<>();
        for (EksScanner.Result r : Futures.joinAll(eks)) {
            staleTokens.addAll(r.staleTokens());
            tokenChecks.addAll(r.staleTokenChecks());
            clusters.addAll(r.clusters());
            associations.addAll(r.associations());
            addons.addAll(r.addons());
            fargate.addAll(r.fargateProfiles());
        }
        IamScanner.Result identity = Futures.join(iam);
        gate.checkCancelled();
        long calls = gate.callsMade(accountId);
        AwsAccount named = new AwsAccount(accountId, account.partition(), identity.alias());
        return new AccountSnapshot(named, profile.name(), regions, started, clock.instant(), clusters, identity.providers(),
                identity.roles(), associations, addons, fargate, staleTokens, tokenChecks, coverage.gaps(), calls, null);
    }
}
