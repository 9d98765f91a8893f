package dev.eksatlas.scan;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The SDK clients of one scan: one per (profile, service, region), created on first use, sharing
 * one HTTP connection pool, all closed at the end. Every client has both API timeouts and the
 * standard retry strategy (backoff with jitter, throttling recognised) without its retry quota,
 * so a throttling storm is waited out rather than failed fast.
 */
final class ScanSession implements AutoCloseable {
    private final ScanLimits limits;
    private final SdkHttpClient http;
    private final ResponseGuard guard = new ResponseGuard(ResponseGuard.DEFAULT_MAX_BYTES);
    private final RetryPacer retryPacer = new RetryPacer();
    private final Map<String, SdkAutoCloseable> clients = new ConcurrentHashMap<>();

    ScanSession(ScanLimits limits) {
        this.limits = limits;
        this.http = Apache5HttpClient.builder()
                .maxConnections(limits.maxInFlight() + 8)
                .connectionTimeout(limits.attemptTimeout())
                .socketTimeout(limits.attemptTimeout())
                .build();
    }

    StsClient sts(ResolvedProfile p, String region) {
        return client("sts", p, region, () -> configure(StsClient.builder(), p, Region.of(region)).build());
    }

    IamClient iam(ResolvedProfile p, String partition) {
        // IAM is global: one client per account, signed for the partition's global region.
        Region global = switch (partition) {
            case "aws-cn" -> Region.AWS_CN_GLOBAL;
            case "aws-us-gov" -> Region.AWS_US_GOV_GLOBAL;
            default -> Region.AWS_GLOBAL;
        };
        return client("iam", p, global.id(), () -> configure(IamClient.builder(), p, global).build());
    }

    EksClient eks(ResolvedProfile p, String region) {
        return client("eks", p, region, () -> configure(EksClient.builder(), p, Region.of(region)).build());
    }

    CloudWatchLogsClient logs(ResolvedProfile p, String region) {
        return client("logs", p, region, () -> configure(CloudWatchLogsClient.builder(), p, Region.of(region)).build());
    }

    @SuppressWarnings("unchecked")
    private <C extends SdkAutoCloseable> C client(String service, ResolvedProfile p, String region, Supplier<C> create) {
        return (C) clients.computeIfAbsent(p.name() + "|" + service + "|" + region, k -> create.get());
    }

    private <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder, ResolvedProfile p, Region region) {
        builder.region(region).credentialsProvider(p.credentials());
        builder.httpClient(http);
        if (p.endpoint() != null) {
            builder.endpointOverride(p.endpoint());
        }
        builder.overrideConfiguration(ClientOverrideConfiguration.builder()
                .defaultProfileFile(p.profileFile())
                .defaultProfileName(p.name())
                .apiCallAttemptTimeout(limits.attemptTimeout())
                .apiCallTimeout(limits.callTimeout())
                .addExecutionInterceptor(guard)
                .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .maxAttempts(limits.maxAttempts())
                        .circuitBreakerEnabled(false)
                        .build())
                .addExecutionInterceptor(retryPacer)
                .build());
        return builder;
    }

    @Override
    public void close() {
        clients.values().forEach(SdkAutoCloseable::close);
        clients.clear();
        http.close();
    }
}
