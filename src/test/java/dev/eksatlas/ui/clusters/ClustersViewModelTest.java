package dev.eksatlas.ui.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.report.ClusterSummaryRow;
import dev.eksatlas.simulator.fleet.Fleet;
import dev.eksatlas.simulator.fleet.FleetSpec;
import dev.eksatlas.simulator.fleet.SituationKind;
import dev.eksatlas.ui.common.ImmediateTaskRunner;
import dev.eksatlas.ui.common.InventoryModel;
import dev.eksatlas.ui.common.Messages;
import dev.eksatlas.domain.AccountSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Clusters screen's rows and its open/close of a cluster's detail, without the toolkit. */
class ClustersViewModelTest {
    private static final Fleet FLEET = Fleet.generate(FleetSpec.demo());

    private final List<AccountSnapshot> snapshots = new ArrayList<>(FLEET.snapshots());
    private final InventoryModel inventory = new InventoryModel(new ImmediateTaskRunner(), () -> List.copyOf(snapshots));
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final ClustersViewModel vm = new ClustersViewModel(inventory, new ClusterDetailViewModel(inventory, messages));

    @Test
    void hasOneRowPerClusterOnceTheInventoryLoads() {
        assertThat(vm.rows()).isEmpty();

        inventory.reload();

        assertThat(vm.rows()).hasSize(25);
        assertThat(vm.rows()).extracting(r -> r.provenance().profile()).containsOnly("demo-prod", "demo-staging", "demo-sandbox");
    }

    @Test
    void opensAndClosesTheDetailOfARow() {
        inventory.reload();
        String arn = FLEET.situations(SituationKind.CLUSTER_MIGRATING).getFirst().resourceArn();
        ClusterSummaryRow row = vm.rows().stream().filter(r -> r.clusterArn().equals(arn)).findFirst().orElseThrow();

        vm.open(row);

        assertThat(vm.detailOpenProperty().get()).isTrue();
        assertThat(vm.detail().titleProperty().get()).isEqualTo(row.cluster().name());
        vm.closeDetail();
        assertThat(vm.detailOpenProperty().get()).isFalse();
    }

    @Test
    void closesTheDetailWhenAReloadNoLongerHasTheCluster() {
        inventory.reload();
        AccountSnapshot first = snapshots.getFirst();
        vm.open(first.clusters().getFirst().arn());
        assertThat(vm.detailOpenProperty().get()).isTrue();

        snapshots.removeFirst();
        inventory.reload();

        assertThat(vm.detailOpenProperty().get()).isFalse();
        assertThat(vm.rows()).hasSize(25 - first.clusters().size());
    }

    @Test
    void refusesToOpenAClusterThatIsNotThere() {
        inventory.reload();

        assertThat(vm.open("arn:aws:eks:us-east-1:000000000000:cluster/none")).isFalse();
        assertThat(vm.detailOpenProperty().get()).isFalse();
    }
}
