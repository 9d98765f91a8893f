package dev.eksatlas.analysis.linkage;

/** Pieces of ARNs ({@code arn:partition:service:region:account:resource}). */
public final class Arns {
    private Arns() {
    }

    /** The account field, or null when {@code arn} is not an ARN. */
    public static String account(String arn) {
        String[] parts = arn == null ? new String[0] : arn.split(":", 6);
        return parts.length == 6 && parts[0].equals("arn") ? parts[4] : null;
    }

    public static String partition(String arn) {
        String[] parts = arn == null ? new String[0] : arn.split(":", 6);
        return parts.length == 6 && parts[0].equals("arn") ? parts[1] : null;
    }

    /** A cluster's ARN from its parts, for associations whose cluster was not described. */
    public static String cluster(String partition, String region, String accountId, String name) {
        return "arn:" + (partition == null ? "aws" : partition) + ":eks:" + region + ":" + accountId + ":cluster/" + name;
    }
}
