package dev.eksatlas.testing;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.IamRole;
import java.util.List;
import java.util.Map;

/**
 * What a scan stores of the simulator's ground truth: the scan calls GetRole only for roles whose
 * trust involves an OIDC provider or Pod Identity, so other roles carry only what ListRoles returns
 * (no last use, no tags). Shared by the scan tests, the planted-situation test and the benchmarks.
 */
public final class AsScanned {
    private AsScanned() {
    }

    public static List<AccountSnapshot> all(List<AccountSnapshot> truth) {
        return truth.stream().map(AsScanned::snapshot).toList();
    }

    public static AccountSnapshot snapshot(AccountSnapshot truth) {
        List<IamRole> roles = truth.roles().stream().map(r -> needsGetRole(r) ? r
                : new IamRole(r.accountId(), r.arn(), r.name(), r.path(), r.createdAt(), r.maxSessionDuration(), r.trustPolicy(),
                        r.trustPolicySize(), false, null, null, Map.of())).toList();
        return new AccountSnapshot(truth.account(), truth.profile(), truth.regions(), truth.startedAt(), truth.finishedAt(),
                truth.clusters(), truth.oidcProviders(), roles, truth.associations(), truth.addons(), truth.fargateProfiles(),
                truth.staleTokens(), truth.coverageGaps(), truth.apiCalls(), truth.run());
    }

    public static boolean needsGetRole(IamRole r) {
        return r.trustPolicy().contains(":oidc-provider/") || r.trustPolicy().contains("pods.eks.amazonaws.com");
    }
}
