package dev.eksatlas.bench;

import dev.eksatlas.analysis.RoleSummary;
import dev.eksatlas.analysis.trust.PolicySize;
import dev.eksatlas.domain.IamRole;
import dev.eksatlas.report.Provenance;
import dev.eksatlas.report.RoleReport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Rows of the roles report for the export benchmarks, made one at a time: an IRSA role with a
 * trust policy of about 250 characters, one trusted cluster, and a finding for every third role
 * (about 470 bytes a row in the file).
 */
final class RoleRows {
    static final Provenance SOURCE = new Provenance("111111111111", "prod", Instant.parse("2026-11-20T08:30:15Z"));
    private static final long FIRST_CREATED = 1_700_000_000L;

    private RoleRows() {
    }

    static Stream<RoleReport.Row> rows(long count, long salt) {
        return LongStream.range(0, count).mapToObj(i -> row(role(i, salt), i));
    }

    /** The row's number, read back from its creation time. */
    static long index(RoleReport.Row row) {
        return row.role().createdAt().getEpochSecond() - FIRST_CREATED;
    }

    private static RoleReport.Row row(IamRole role, long i) {
        PolicySize size = new PolicySize(role.trustPolicySize(), 1, 1, role.trustPolicySize(), 3, 7);
        RoleSummary summary = new RoleSummary(role, size, List.of(), List.of("arn:aws:eks:eu-west-1:111111111111:cluster/c-" + i % 50),
                1, false, 0);
        return new RoleReport.Row(SOURCE, summary, i % 3 == 0 ? List.of("missing-audience-condition") : List.of());
    }

    private static IamRole role(long i, long salt) {
        String name = "team-" + (i % 97) + "-workload-" + (i ^ salt);
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":"
                + "\"arn:aws:iam::111111111111:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/" + Long.toHexString(i * 31) + "\"},"
                + "\"Action\":\"sts:AssumeRoleWithWebIdentity\"}]}";
        return new IamRole("111111111111", "arn:aws:iam::111111111111:role/" + name, name, "/", Instant.ofEpochSecond(FIRST_CREATED + i),
                3600, policy, IamRole.policySize(policy), i % 2 == 0, null, null, Map.of("env", i % 3 == 0 ? "-prod" : "dev"));
    }
}
