package dev.eksatlas.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eksatlas.simulator.faults.DenyRule;
import dev.eksatlas.simulator.faults.ScriptedFault;
import dev.eksatlas.simulator.faults.SimulatorKnobs;
import dev.eksatlas.simulator.fleet.FleetSpec;
import dev.eksatlas.simulator.fleet.SimulatedAccount;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.eks.model.AccessDeniedException;
import software.amazon.awssdk.services.eks.model.EksException;
import software.amazon.awssdk.services.eks.model.ServerException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.StsException;

/** Faults and errors reach the SDK in each protocol's shape, and the SDK's own retry policy handles them. */
class ErrorMappingTest {
    private static FleetSimulator sim;
    private static SimulatedAccount account;

    @BeforeAll
    static void start() {
        sim = FleetSimulator.start(SimulatorConfig.of(FleetSpec.tiny()));
        account = sim.fleet().accounts().getFirst();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @AfterEach
    void reset() {
        sim.setKnobs(SimulatorKnobs.NONE);
        sim.requestCounts().reset();
    }

    private static EksClient eks(Consumer<ClientOverrideConfiguration.Builder> o) {
        return SdkClients.eks(sim.endpoint(), SdkClients.credentials(account), "us-east-1", o);
    }

    private static IamClient iam() {
        return SdkClients.iam(sim.endpoint(), SdkClients.credentials(account));
    }

    /** The SDK's standard retry policy (its default "legacy" mode makes four attempts), cut to two attempts to keep the test short. */
    private static void standardRetries(ClientOverrideConfiguration.Builder o) {
        o.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(2).build());
    }

    @Test
    void throttlingIsRetriedBySdkUntilItSucceeds() {
        sim.scriptNext(ScriptedFault.THROTTLE, 1, "ListClusters");
        sim.scriptNext(ScriptedFault.THROTTLE, 1, "ListRoles");
        try (EksClient eks = eks(o -> { }); IamClient iam = iam()) {
            assertThat(eks.listClusters().clusters()).hasSize(3);
            assertThat(iam.listRoles().roles()).isNotEmpty();
        }
        assertThat(sim.requestCounts().count("eks", "ListClusters", "ThrottlingException")).isEqualTo(1);
        assertThat(sim.requestCounts().count("eks", "ListClusters", "ok")).isEqualTo(1);
        assertThat(sim.requestCounts().count("iam", "ListRoles", "Throttling")).isEqualTo(1);
        assertThat(sim.requestCounts().count("iam", "ListRoles", "ok")).isEqualTo(1);
    }

    @Test
    void persistentThrottlingReachesTheCallerAsThrottling() {
        sim.scriptNext(ScriptedFault.THROTTLE, 4, null);
        try (EksClient eks = eks(ErrorMappingTest::standardRetries);
             IamClient iam = SdkClients.iam(sim.endpoint(), SdkClients.credentials(account), ErrorMappingTest::standardRetries)) {
            assertThatThrownBy(eks::listClusters).isInstanceOfSatisfying(EksException.class, e -> {
                assertThat(e.isThrottlingException()).isTrue();
                assertThat(e.statusCode()).isEqualTo(429);
            });
            assertThatThrownBy(iam::listRoles).isInstanceOfSatisfying(IamException.class, e -> {
                assertThat(e.isThrottlingException()).isTrue();
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("Throttling");
                assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Rate exceeded");
            });
        }
        assertThat(sim.requestCounts().count("eks", "ListClusters", "ThrottlingException")).isEqualTo(2);
        assertThat(sim.requestCounts().count("iam", "ListRoles", "Throttling")).isEqualTo(2);
    }

    @Test
    void rateLimitThrottlesBeyondTheRateAndTheSdkRetriesThrough() {
        sim.setKnobs(SimulatorKnobs.NONE.withThrottleRps(10));
        try (EksClient eks = eks(o -> o.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(10).build()))) {
            for (int i = 0; i < 15; i++) {
                assertThat(eks.listClusters().clusters()).hasSize(3);
            }
        }
        assertThat(sim.requestCounts().count("eks", "ListClusters", "ok")).isEqualTo(15);
        assertThat(sim.requestCounts().count("eks", "ListClusters", "ThrottlingException")).isPositive();
    }

    @Test
    void serverErrorsAreRetriedAndThenReported() {
        sim.scriptNext(ScriptedFault.INTERNAL_ERROR, 1, "ListClusters");
        sim.scriptNext(ScriptedFault.SERVICE_UNAVAILABLE, 1, "ListClusters");
        try (EksClient eks = eks(o -> o.retryStrategy(AwsRetryStrategy.standardRetryStrategy()))) {
            assertThat(eks.listClusters().clusters()).hasSize(3);
            sim.setKnobs(SimulatorKnobs.NONE.withFailRate(1.0));
            assertThatThrownBy(eks::listClusters).isInstanceOfAny(ServerException.class, EksException.class)
                    .satisfies(e -> assertThat(((EksException) e).statusCode()).isIn(500, 503));
        }
        assertThat(sim.requestCounts().count("eks", "ListClusters", "ServerException")
                + sim.requestCounts().count("eks", "ListClusters", "ServiceUnavailableException")).isEqualTo(5);
    }

    @Test
    void deniedCallsRaiseEachServicesAccessDeniedError() {
        sim.setKnobs(SimulatorKnobs.NONE.withDeny(DenyRule.parse("service=eks,region=us-east-1;operation=GetRole")));
        try (EksClient eks = eks(o -> { }); IamClient iam = iam();
             EksClient otherRegion = SdkClients.eks(sim.endpoint(), SdkClients.credentials(account), "eu-west-1")) {
            assertThatThrownBy(eks::listClusters).isInstanceOfSatisfying(AccessDeniedException.class,
                    e -> assertThat(e.statusCode()).isEqualTo(403));
            assertThat(otherRegion.listClusters().clusters()).isEmpty();
            String role = account.snapshot().roles().getFirst().name();
            assertThatThrownBy(() -> iam.getRole(b -> b.roleName(role))).isInstanceOfSatisfying(IamException.class, e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            });
            assertThat(iam.listRoles().roles()).isNotEmpty();
        }
        assertThat(sim.requestCounts().count("eks", "ListClusters", "AccessDeniedException")).isEqualTo(1);
    }

    @Test
    void unknownAccessKeysAreRejectedAsInvalidTokens() {
        var stranger = StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "secret"));
        try (EksClient eks = SdkClients.eks(sim.endpoint(), stranger, "us-east-1");
             StsClient sts = SdkClients.sts(sim.endpoint(), stranger, "us-east-1")) {
            assertThatThrownBy(eks::listClusters).isInstanceOfSatisfying(EksException.class, e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
            });
            assertThatThrownBy(sts::getCallerIdentity).isInstanceOfSatisfying(StsException.class, e ->
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId"));
        }
    }

    @Test
    void unsignedRequestsGetTheMissingTokenErrorOfTheirProtocol() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> eks = http.send(HttpRequest.newBuilder(sim.endpoint().resolve("/clusters")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(eks.statusCode()).isEqualTo(403);
        assertThat(eks.headers().firstValue("x-amzn-ErrorType")).hasValue("MissingAuthenticationTokenException");
        assertThat(eks.body()).isEqualTo("{\"message\":\"Missing Authentication Token\"}");

        HttpResponse<String> sts = http.send(HttpRequest.newBuilder(URI.create(sim.endpoint() + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("Action=GetCallerIdentity&Version=2011-06-15")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sts.statusCode()).isEqualTo(403);
        assertThat(sts.body()).startsWith("<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">")
                .contains("<Code>MissingAuthenticationToken</Code>");
    }

    @Test
    void droppedConnectionsAreRetriedBySdk() {
        sim.scriptNext(ScriptedFault.DROP_CONNECTION, 1, "ListClusters");
        try (EksClient eks = eks(o -> o.apiCallAttemptTimeout(Duration.ofSeconds(5)))) {
            assertThat(eks.listClusters().clusters()).hasSize(3);
        }
        assertThat(sim.requestCounts().count("eks", "ListClusters", "dropped")).isEqualTo(1);
        assertThat(sim.requestCounts().count("eks", "ListClusters", "ok")).isEqualTo(1);
    }

    @Test
    void addedLatencyDelaysEveryCall() {
        sim.setKnobs(SimulatorKnobs.NONE.withLatency(Duration.ofMillis(120), Duration.ofMillis(30)));
        try (EksClient eks = eks(o -> { })) {
            eks.listClusters();
            long start = System.nanoTime();
            eks.listClusters();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(120));
        }
    }

    @Test
    void answersSlowerThanTheAttemptTimeoutFailTheCall() {
        sim.setKnobs(SimulatorKnobs.NONE.withSlowAnswers(1.0, Duration.ofMillis(400)));
        try (EksClient eks = eks(o -> o.apiCallAttemptTimeout(Duration.ofMillis(100)).apiCallTimeout(Duration.ofMillis(300)))) {
            assertThatThrownBy(eks::listClusters).isInstanceOf(SdkClientException.class);
        }
    }
}
