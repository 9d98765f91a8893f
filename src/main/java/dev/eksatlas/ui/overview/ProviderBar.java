package dev.eksatlas.ui.overview;

/**
 * The IAM OIDC providers one account holds, against IAM's default quota of 100 per account; 80 or
 * more is where the {@code oidc-provider-quota} finding starts.
 *
 * @param label the account's alias, else its ID
 */
public record ProviderBar(String label, String accountId, int providers) {
    public static final int QUOTA = 100;
    public static final int WARNING = 80;

    public Zone zone() {
        return providers >= QUOTA ? Zone.OVER : providers >= WARNING ? Zone.NEAR : Zone.OK;
    }
}
