package dev.eksatlas.simulator;

import dev.eksatlas.simulator.fleet.SimulatedAccount;
import java.net.URI;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/** Real AWS SDK v2 clients pointed at a simulator, as the scanner will build them. */
final class SdkClients {
    private SdkClients() {
    }

    static AwsCredentialsProvider credentials(SimulatedAccount account) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(account.accessKeyId(), account.secretAccessKey()));
    }

    static EksClient eks(URI endpoint, AwsCredentialsProvider credentials, String region) {
        return eks(endpoint, credentials, region, o -> { });
    }

    static EksClient eks(URI endpoint, AwsCredentialsProvider credentials, String region, Consumer<ClientOverrideConfiguration.Builder> override) {
        return EksClient.builder().endpointOverride(endpoint).credentialsProvider(credentials).region(Region.of(region))
                .overrideConfiguration(override).build();
    }

    static IamClient iam(URI endpoint, AwsCredentialsProvider credentials) {
        return iam(endpoint, credentials, o -> { });
    }

    static IamClient iam(URI endpoint, AwsCredentialsProvider credentials, Consumer<ClientOverrideConfiguration.Builder> override) {
        return IamClient.builder().endpointOverride(endpoint).credentialsProvider(credentials).region(Region.AWS_GLOBAL)
                .overrideConfiguration(override).build();
    }

    static StsClient sts(URI endpoint, AwsCredentialsProvider credentials, String region) {
        return StsClient.builder().endpointOverride(endpoint).credentialsProvider(credentials).region(Region.of(region)).build();
    }

    static CloudWatchLogsClient logs(URI endpoint, AwsCredentialsProvider credentials, String region) {
        return CloudWatchLogsClient.builder().endpointOverride(endpoint).credentialsProvider(credentials).region(Region.of(region)).build();
    }
}
