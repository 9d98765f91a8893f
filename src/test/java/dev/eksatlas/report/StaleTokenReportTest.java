package dev.eksatlas.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.analysis.Fleet;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.StaleTokenCheck;
import dev.eksatlas.export.CsvWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaleTokenReportTest {
    private static final String PROD = "111122223333";
    private static final String EAST = "us-east-1";

    private static List<String> csv(Fleet fleet, ClusterScope scope) throws Exception {
        StaleTokenReport report = new StaleTokenReport();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvWriter(false).write(report.definition(), report.rows(fleet.snapshots(), scope)
                .sorted(report.definition().order()), out);
        return List.of(out.toString(StandardCharsets.UTF_8).split("\r\n"));
    }

    @Test
    void listsServiceAccountsSoonestRefusalFirstAndSaysWhyAClusterHasNone() throws Exception {
        Fleet fleet = new Fleet();
        Fleet.Account prod = fleet.account(PROD, EAST);
        EksCluster checked = prod.cluster("checked", EAST, "1.30", "eks.8");
        EksCluster clean = prod.cluster("clean", EAST, "1.30", "eks.8");
        EksCluster quiet = prod.clusterWithoutAuditLog("quiet", EAST);
        prod.check(checked, StaleTokenCheck.Status.CHECKED).check(clean, StaleTokenCheck.Status.CHECKED)
                .check(quiet, StaleTokenCheck.Status.AUDIT_LOGGING_OFF)
                .staleToken(checked, "system:serviceaccount:payments:api", 1_000_000)
                .staleToken(checked, "system:serviceaccount:common:fluent-bit", 7_700_000)
                .addon(checked, "coredns", "v1.8.3-eksbuild.1", "ACTIVE");

        List<String> lines = csv(fleet, ClusterScope.all());

        assertThat(lines.getFirst()).isEqualTo("Account ID,Profile,Scan time,Region,Cluster,Check,Days left,Token status,Namespace,Service account,"
                + "Subject,Largest elapsed (s),Refused from,Seen at,Sightings,Remedy,Add-ons below token-refresh minimum,"
                + "Window start,Window end,Bytes scanned");
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).contains(",checked,CHECKED,0,LAST_WEEK,common,fluent-bit,system:serviceaccount:common:fluent-bit,7700000,")
                .contains("Update AWS for Fluent Bit to 2.25.0").contains(",coredns v1.8.3-eksbuild.1 < 1.8.4,")
                .endsWith(",2026-10-25T00:00:00Z,2026-11-01T00:00:00Z,302400000");
        assertThat(lines.get(2)).contains(",78,AGEING,payments,api,");
        assertThat(lines.get(3)).contains(",clean,CHECKED,").contains(",NONE_SEEN,");
        assertThat(lines.get(4)).endsWith(",quiet,AUDIT_LOGGING_OFF" + ",".repeat(14) + "0");
    }

    @Test
    void aClusterScannedWithoutTheCheckSaysNotChecked() throws Exception {
        Fleet fleet = new Fleet();
        fleet.account(PROD, EAST).cluster("prod", EAST, "1.30", "eks.8");

        assertThat(csv(fleet, ClusterScope.all())).hasSize(2).last().asString().contains(",prod,NOT_CHECKED,").doesNotContain("NONE_SEEN");
    }
}
