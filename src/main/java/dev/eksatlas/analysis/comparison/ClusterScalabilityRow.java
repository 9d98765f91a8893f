package dev.eksatlas.analysis.comparison;

import java.util.List;

/**
 * IRSA needs an IAM OIDC provider per cluster, 100 per account; Pod Identity needs none.
 *
 * @param providerInClusterAccount the cluster's account has a provider for its issuer
 * @param otherProviderAccounts    other scanned accounts with a provider for it (cross-account IRSA)
 * @param providersInAccount       providers the cluster's account uses, or -1 when they could not be read
 * @param providerQuota            IAM's limit per account (100)
 * @param irsaGrants               active grants naming this cluster's issuer
 */
public record ClusterScalabilityRow(boolean providerInClusterAccount, List<String> otherProviderAccounts, int providersInAccount,
                                    int providerQuota, int irsaGrants) implements ComparisonRow {

    public ClusterScalabilityRow {
        otherProviderAccounts = List.copyOf(otherProviderAccounts);
    }

    public boolean providerPresent() {
        return providerInClusterAccount || !otherProviderAccounts.isEmpty();
    }

    @Override
    public RowKey key() {
        return RowKey.CLUSTER_SCALABILITY;
    }

    @Override
    public String irsaFact() {
        String provider = providerInClusterAccount ? "IAM OIDC provider present"
                : otherProviderAccounts.isEmpty() ? "No IAM OIDC provider for this cluster's issuer" : "No IAM OIDC provider in this account";
        if (!otherProviderAccounts.isEmpty()) {
            provider += " (cross-account in " + String.join(", ", otherProviderAccounts) + ")";
        }
        String quota = providersInAccount < 0 ? "providers of the account could not be read"
                : "the account uses " + Texts.number(providersInAccount) + " of " + providerQuota + " providers";
        return provider + "; " + quota;
    }

    @Override
    public String podIdentityFact() {
        return "No IAM OIDC provider needed";
    }

    @Override
    public RowVerdict verdict() {
        if (!providerPresent() && irsaGrants > 0) {
            return RowVerdict.FAVOURS_POD_IDENTITY;
        }
        return providersInAccount * 5 >= providerQuota * 4 ? RowVerdict.FAVOURS_POD_IDENTITY : RowVerdict.NEUTRAL;
    }

    @Override
    public String verdictText() {
        if (!providerPresent() && irsaGrants > 0) {
            return "IRSA is broken here: the provider is missing";
        }
        return providersInAccount * 5 >= providerQuota * 4
                ? "The account is near its provider quota: Pod Identity needs none"
                : "The provider quota is not a constraint here";
    }
}
