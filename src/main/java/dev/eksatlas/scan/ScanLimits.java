package dev.eksatlas.scan;

import java.time.Duration;

/**
 * How hard a scan may push AWS. {@code maxInFlight} bounds the calls in flight across the whole
 * scan; the per-second rates apply per account (IAM, STS) or per account and region (EKS) and are
 * set below the levels at which AWS starts throttling. Every call has an attempt timeout and an
 * overall timeout covering the SDK's retries.
 */
public record ScanLimits(
        int maxInFlight,
        double iamCallsPerSecond,
        double eksCallsPerSecond,
        double stsCallsPerSecond,
        Duration attemptTimeout,
        Duration callTimeout,
        int maxAttempts) {

    public ScanLimits {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        if (iamCallsPerSecond <= 0 || eksCallsPerSecond <= 0 || stsCallsPerSecond <= 0) {
            throw new IllegalArgumentException("request rates must be positive");
        }
    }

    public static ScanLimits defaults() {
        return new ScanLimits(32, 15, 20, 10, Duration.ofSeconds(10), Duration.ofSeconds(60), 8);
    }

    public ScanLimits withMaxInFlight(int n) {
        return new ScanLimits(n, iamCallsPerSecond, eksCallsPerSecond, stsCallsPerSecond, attemptTimeout, callTimeout, maxAttempts);
    }

    public ScanLimits withRates(double iam, double eks, double sts) {
        return new ScanLimits(maxInFlight, iam, eks, sts, attemptTimeout, callTimeout, maxAttempts);
    }

    public ScanLimits withTimeouts(Duration attempt, Duration call) {
        return new ScanLimits(maxInFlight, iamCallsPerSecond, eksCallsPerSecond, stsCallsPerSecond, attempt, call, maxAttempts);
    }
}
