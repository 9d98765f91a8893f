package dev.eksatlas.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.simulator.faults.DenyRule;
import dev.eksatlas.simulator.faults.SimulatorKnobs;
import dev.eksatlas.simulator.fleet.AuditLogEvent;
import dev.eksatlas.simulator.fleet.FleetSpec;
import dev.eksatlas.simulator.fleet.SimulatedAccount;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.CloudWatchLogsException;
import software.amazon.awssdk.services.cloudwatchlogs.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.InvalidParameterException;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogGroup;
import software.amazon.awssdk.services.cloudwatchlogs.model.QueryStatus;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResultField;

/** CloudWatch Logs (json-1.1) with the real SDK client: groups, the Insights query's life, its rows and errors. */
class LogsOperationsTest {
    private static final long END = 1_795_000_000L;
    private static final long WEEK = 7 * 86_400L;
    private static FleetSimulator sim;
    private static SimulatedAccount prod;
    private static EksCluster audited;

    @BeforeAll
    static void start() {
        sim = FleetSimulator.start(SimulatorConfig.of(FleetSpec.demo()));
        prod = sim.fleet().accountNamed("prod");
        audited = prod.snapshot().clusters().stream().filter(EksCluster::auditLoggingEnabled).findFirst().orElseThrow();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @AfterEach
    void resetKnobs() {
        sim.setKnobs(SimulatorKnobs.NONE);
    }

    private static CloudWatchLogsClient logs(String region) {
        return SdkClients.logs(sim.endpoint(), SdkClients.credentials(prod), region);
    }

    private static String start(CloudWatchLogsClient logs, String query) {
        return logs.startQuery(r -> r.logGroupName("/aws/eks/" + audited.name() + "/cluster").startTime(END - WEEK).endTime(END)
                .queryString(query)).queryId();
    }

    @Test
    void listsTheRegionsLogGroupsByPrefixPageByPage() {
        try (CloudWatchLogsClient logs = logs(audited.region())) {
            List<String> all = logs.describeLogGroupsPaginator(r -> r.limit(2)).logGroups().stream().map(LogGroup::logGroupName).toList();
            List<String> eks = logs.describeLogGroupsPaginator(r -> r.logGroupNamePrefix("/aws/eks/").limit(1)).logGroups().stream()
                    .map(LogGroup::logGroupName).toList();

            assertThat(all).isSorted().contains("/aws/lambda/thumbnailer", "/aws/eks/" + audited.name() + "/cluster");
            assertThat(eks).isNotEmpty().allMatch(n -> n.startsWith("/aws/eks/") && n.endsWith("/cluster"))
                    .containsExactlyElementsOf(all.stream().filter(n -> n.startsWith("/aws/eks/")).toList());
            assertThatThrownBy(() -> logs.describeLogGroups(r -> r.limit(51))).isInstanceOf(InvalidParameterException.class);
        }
    }

    @Test
    void theQueryIsScheduledThenRunningThenCompleteWithTheParsedRowsNewestFirst() {
        try (CloudWatchLogsClient logs = logs(audited.region())) {
            String id = start(logs, "fields @timestamp | parse @message \"subject: *, seconds after warning threshold:*\\\"\" as subject, elapsedtime");

            assertThat(logs.getQueryResults(r -> r.queryId(id)).status()).isEqualTo(QueryStatus.SCHEDULED);
            GetQueryResultsResponse running = logs.getQueryResults(r -> r.queryId(id));
            assertThat(running.status()).isEqualTo(QueryStatus.RUNNING);
            assertThat(running.results()).isEmpty();
            GetQueryResultsResponse done = logs.getQueryResults(r -> r.queryId(id));
            assertThat(done.status()).isEqualTo(QueryStatus.COMPLETE);

            List<AuditLogEvent> planted = sim.fleet().auditLog(audited).stream().filter(e -> e.ageSeconds() <= WEEK).toList();
            assertThat(done.results()).hasSize(planted.size());
            assertThat(done.results().getFirst()).extracting(ResultField::field).containsExactly("@timestamp", "subject", "elapsedtime", "@ptr");
            assertThat(done.results()).extracting(row -> row.get(2).value())
                    .containsExactlyElementsOf(planted.stream().map(e -> " " + e.elapsedSeconds()).toList());
            assertThat(done.statistics().bytesScanned()).isEqualTo(WEEK * 500.0);
            assertThat(done.statistics().recordsMatched()).isEqualTo((double) planted.size());
        }
    }

    @Test
    void stopQueryCancelsARunningQueryAndRefusesOneThatHasEnded() {
        try (CloudWatchLogsClient logs = logs(audited.region())) {
            String running = start(logs, "fields @timestamp");
            logs.getQueryResults(r -> r.queryId(running));
            long before = sim.logsQueriesInProgress();

            assertThat(logs.stopQuery(r -> r.queryId(running)).success()).isTrue();
            assertThat(logs.getQueryResults(r -> r.queryId(running)).status()).isEqualTo(QueryStatus.CANCELLED);
            assertThat(sim.logsQueriesInProgress()).isEqualTo(before - 1);
            assertThatThrownBy(() -> logs.stopQuery(r -> r.queryId(running))).isInstanceOf(InvalidParameterException.class)
                    .hasMessageContaining("is not running");

            String finished = start(logs, "fields @timestamp");
            for (int poll = 0; poll < 3; poll++) {
                logs.getQueryResults(r -> r.queryId(finished));
            }
            assertThatThrownBy(() -> logs.stopQuery(r -> r.queryId(finished))).isInstanceOf(InvalidParameterException.class);
            assertThatThrownBy(() -> logs.stopQuery(r -> r.queryId("00000000-0000-0000-0000-000000000000")))
                    .isInstanceOf(ResourceNotFoundException.class);
        }
    }

    @Test
    void withoutTheParseClauseTheRowsCarryTheAuditEventsAnnotation() {
        try (CloudWatchLogsClient logs = logs(audited.region())) {
            String id = start(logs, "fields @timestamp, @message");
            GetQueryResultsResponse done = logs.getQueryResults(r -> r.queryId(id));
            while (done.status() != QueryStatus.COMPLETE) {
                done = logs.getQueryResults(r -> r.queryId(id));
            }

            assertThat(done.results().getFirst().get(1).value())
                    .contains("\"authentication.k8s.io/stale-token\":\"subject: system:serviceaccount:");
        }
    }

    @Test
    void aMissingGroupAnUnknownQueryAndADenyRuleGiveTheirErrors() {
        try (CloudWatchLogsClient logs = logs(audited.region())) {
            assertThatThrownBy(() -> logs.startQuery(r -> r.logGroupName("/aws/eks/nope/cluster").startTime(END - 60).endTime(END)
                    .queryString("fields @timestamp"))).isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("does not exist");
            assertThatThrownBy(() -> logs.getQueryResults(r -> r.queryId("00000000-0000-0000-0000-000000000000")))
                    .isInstanceOf(ResourceNotFoundException.class);
            String id = start(logs, "fields @timestamp");
            try (CloudWatchLogsClient elsewhere = logs("eu-central-1")) {
                assertThatThrownBy(() -> elsewhere.getQueryResults(r -> r.queryId(id))).isInstanceOf(ResourceNotFoundException.class);
            }
            sim.setKnobs(SimulatorKnobs.NONE.withDeny(DenyRule.parse("service=logs,operation=StartQuery")));
            assertThatThrownBy(() -> start(logs, "fields @timestamp")).isInstanceOf(CloudWatchLogsException.class)
                    .satisfies(e -> assertThat(((CloudWatchLogsException) e).awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException"));
            assertThat(sim.requestCounts().count("logs", "StartQuery", "AccessDeniedException")).isEqualTo(1);
        }
    }
}
