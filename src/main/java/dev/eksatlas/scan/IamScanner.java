package dev.eksatlas.scan;

import dev.eksatlas.domain.IamRole;
import dev.eksatlas.domain.OidcProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.GetOpenIdConnectProviderResponse;
import software.amazon.awssdk.services.iam.model.GetRoleResponse;
import software.amazon.awssdk.services.iam.model.ListOpenIdConnectProvidersResponse;
import software.amazon.awssdk.services.iam.model.ListRolesResponse;
import software.amazon.awssdk.services.iam.model.OpenIDConnectProviderListEntry;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;

/**
 * Reads IAM once per account (IAM is global): every role with its decoded trust policy, GetRole
 * only for roles whose trust involves an OIDC provider or Pod Identity (to bound the calls), and
 * every OIDC provider (that list has no paginator; one Get per provider follows).
 */
final class IamScanner {
    private static final int PAGE_SIZE = 1000;

    private final CallGate gate;
    private final ExecutorService executor;

    IamScanner(CallGate gate, ExecutorService executor) {
        this.gate = gate;
        this.executor = executor;
    }

    /** {@code alias} is the account's IAM alias, or null when it has none or it could not be read. */
    record Result(List<IamRole> roles, List<OidcProvider> providers, String alias) {
    }

    Result scan(IamClient iam, String accountId, Coverage coverage) {
        Future<List<OidcProvider>> providers = executor.submit(() -> providers(iam, accountId, coverage));
        Future<String> alias = executor.submit(() -> alias(iam, accountId, coverage));
        List<IamRole> roles = roles(iam, accountId, coverage);
        return new Result(roles, Futures.join(providers), Futures.join(alias));
    }

    private String alias(IamClient iam, String accountId, Coverage coverage) {
        CallSite site = CallSite.iam(accountId, "ListAccountAliases", null);
        gate.plan(1);
        // An account has at most one alias, so the first page is the whole list.
        List<String> aliases = coverage.read(site, () -> gate.call(site, () -> iam.listAccountAliases().accountAliases()), List.of());
        return aliases.isEmpty() ? null : aliases.getFirst();
    }

    private List<IamRole> roles(IamClient iam, String accountId, Coverage coverage) {
        List<Future<IamRole>> roles = new ArrayList<>();
        CallSite list = CallSite.iam(accountId, "ListRoles", null);
        gate.plan(1);
        coverage.read(list, () -> {
            Iterator<ListRolesResponse> pages = iam.listRolesPaginator(r -> r.maxItems(PAGE_SIZE)).iterator();
            while (pages.hasNext()) {
                ListRolesResponse page = gate.call(list, pages::next);
                // The roles of this page are read in detail while the next page loads: in a big
                // account the GetRole calls are the longest chain of the whole scan.
                page.roles().forEach(role -> roles.add(role(iam, accountId, role, coverage)));
                // Boxed and absent from a malformed answer: treat as the last page, as the SDK's paginator does.
                if (Boolean.TRUE.equals(page.isTruncated())) {
                    gate.plan(1);
                }
            }
            return null;
        }, null);
        return Futures.joinAll(roles);
    }

    private Future<IamRole> role(IamClient iam, String accountId, Role role, Coverage coverage) {
        String policy = TrustPolicies.decode(role.assumeRolePolicyDocument());
        if (!TrustPolicies.involvesWorkloadIdentity(policy)) {
            return CompletableFuture.completedFuture(SdkRecords.role(accountId, role, policy, null));
        }
        gate.plan(1);
        return executor.submit(() -> withDetails(iam, accountId, role, policy, coverage));
    }

    private IamRole withDetails(IamClient iam, String accountId, Role listed, String policy, Coverage coverage) {
        CallSite site = CallSite.iam(accountId, "GetRole", listed.arn());
        GetRoleResponse full = coverage.read(site, () -> gate.call(site, () -> iam.getRole(r -> r.roleName(listed.roleName()))), null);
        return SdkRecords.role(accountId, listed, policy, full == null ? null : full.role());
    }

    private List<OidcProvider> providers(IamClient iam, String accountId, Coverage coverage) {
        CallSite list = CallSite.iam(accountId, "ListOpenIDConnectProviders", null);
        gate.plan(1);
        ListOpenIdConnectProvidersResponse listed = coverage.read(list,
                () -> gate.call(list, iam::listOpenIDConnectProviders), null);
        if (listed == null) {
            return List.of();
        }
        gate.plan(listed.openIDConnectProviderList().size());
        List<Future<OidcProvider>> out = new ArrayList<>();
        for (OpenIDConnectProviderListEntry entry : listed.openIDConnectProviderList()) {
            out.add(executor.submit(() -> provider(iam, accountId, entry.arn(), coverage)));
        }
        List<OidcProvider> providers = new ArrayList<>(Futures.joinAll(out));
        providers.removeIf(p -> p == null);
        return Collections.unmodifiableList(providers);
    }

    private OidcProvider provider(IamClient iam, String accountId, String arn, Coverage coverage) {
        CallSite site = CallSite.iam(accountId, "GetOpenIDConnectProvider", arn);
        GetOpenIdConnectProviderResponse p = coverage.read(site,
                () -> gate.call(site, () -> iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn))), null);
        if (p == null) {
            return null;
        }
        return new OidcProvider(accountId, arn, p.url(), p.clientIDList(), p.thumbprintList(), p.createDate(), tags(p.tags()));
    }

    static Map<String, String> tags(List<Tag> tags) {
        return tags == null ? Map.of() : tags.stream().collect(Collectors.toMap(Tag::key, Tag::value, (a, b) -> b));
    }
}
