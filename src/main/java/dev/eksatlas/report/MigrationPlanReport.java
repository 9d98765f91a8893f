package dev.eksatlas.report;

import dev.eksatlas.analysis.migration.MigrationPlan;
import dev.eksatlas.analysis.migration.MigrationStep;
import dev.eksatlas.analysis.migration.PlanNote;
import dev.eksatlas.analysis.migration.PolicyEdit;
import dev.eksatlas.analysis.migration.ServiceAccountRef;
import java.util.List;

/**
 * {@code migration-plan}: for each service account on IRSA, the steps that move it to EKS Pod
 * Identity, one row per step, in the order they run. A policy step carries the whole resulting
 * trust policy (the file its command reads) and the statement it adds or removes. The plan's
 * status and notes (blockers, warnings, hints) are repeated on each of its steps, so every row
 * reads on its own in a filtered spreadsheet.
 */
public final class MigrationPlanReport {
    public static final String NAME = "migration-plan";

    public record Row(Provenance source, MigrationPlan plan, MigrationStep step) {

        ServiceAccountRef serviceAccount() {
            return plan.serviceAccount();
        }

        PolicyEdit policy() {
            return step.policy();
        }
    }

    private MigrationPlanReport() {
    }

    public static ReportDefinition<Row> definition() {
        return Provenance.prepend(new ReportDefinition<>(NAME, "Steps to move each IRSA service account to EKS Pod Identity", List.of(
                Column.<Row>text("region", "Region", r -> r.serviceAccount().region()),
                Column.<Row>text("cluster", "Cluster", r -> r.serviceAccount().clusterName()),
                Column.<Row>text("namespace", "Namespace", r -> r.serviceAccount().namespace()),
                Column.<Row>text("service_account", "Service account", r -> r.serviceAccount().serviceAccount()),
                Column.<Row>text("irsa_role_arn", "IRSA role ARN", r -> r.plan().roleArn()),
                Column.<Row>text("plan_status", "Plan status", r -> r.plan().status()),
                Column.<Row>number("step", "Step", r -> r.step().order()),
                Column.<Row>text("kind", "Kind", r -> r.step().kind()),
                Column.<Row>text("title", "Title", r -> r.step().title()),
                Column.<Row>bool("done", "Already done", r -> r.step().done()),
                Column.<Row>text("command", "Command", r -> r.step().command()),
                Column.<Row>text("policy_json", "Resulting trust policy (JSON)", r -> r.policy() == null ? null : r.policy().resultingPolicy()),
                Column.<Row>number("policy_size", "Resulting size (characters)", r -> r.policy() == null ? null : r.policy().resultingSize()),
                Column.<Row>text("statement_added", "Statement added", r -> r.policy() == null ? null : r.policy().addedStatement()),
                Column.<Row>text("statement_removed", "Statement removed", r -> r.policy() == null ? null : r.policy().removed()),
                Column.<Row>text("detail", "Detail", r -> r.step().detail()),
                Column.<Row>text("plan_notes", "Plan notes", r -> r.plan().notes().stream().map(MigrationPlanReport::note).toList())),
                Orders.<Row, String>by(r -> r.source().accountId())
                        .thenComparing(Orders.by(r -> r.serviceAccount().region()))
                        .thenComparing(Orders.by(r -> r.serviceAccount().clusterName()))
                        .thenComparing(Orders.by(r -> r.serviceAccount().namespace()))
                        .thenComparing(Orders.by(r -> r.serviceAccount().serviceAccount()))
                        .thenComparingInt(r -> r.step().order())), Row::source);
    }

    public static Report<Row> report(FleetAnalyses analyses) {
        return new AnalysisReport<>(definition(), analyses, (fleet, scope) -> fleet.clusters(scope)
                .flatMap(c -> c.plans().stream())
                .flatMap(p -> rows(p, fleet.provenanceOf(p.serviceAccount().accountId())).stream()));
    }

    /** One plan's steps, as its view lists them. */
    public static List<Row> rows(MigrationPlan plan, Provenance source) {
        return plan.steps().stream().map(s -> new Row(source, plan, s)).toList();
    }

    /** {@code BLOCKER FARGATE: text}: the kind and stable code first, for filtering. */
    private static String note(PlanNote n) {
        return n.kind() + " " + n.code() + ": " + n.text();
    }
}
