package dev.eksatlas.domain;

import java.util.Objects;

/**
 * An AWS account as the inventory knows it. The partition ({@code aws}, {@code aws-cn},
 * {@code aws-us-gov}) comes from the caller ARN that STS returned.
 */
public record AwsAccount(String accountId, String partition, String alias) {
    public AwsAccount {
        Objects.requireNonNull(accountId, "accountId");
        partition = partition == null ? "aws" : partition;
    }
}
