package dev.eksatlas.ui.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.eksatlas.analysis.Fleet;
import dev.eksatlas.analysis.linkage.ProviderStatus;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.ui.common.ImmediateTaskRunner;
import dev.eksatlas.ui.common.InventoryModel;
import dev.eksatlas.ui.common.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProvidersViewModelTest {

    @Test
    void showsEachProvidersLinkedClusterOrOrphanStatusAndCountsThem() {
        Fleet fleet = new Fleet();
        Fleet.Account prod = fleet.account("111122223333", "eu-west-1");
        EksCluster payments = prod.cluster("payments", "eu-west-1", "1.30", "eks.10");
        prod.provider(payments.issuerHostPath()).provider(Fleet.issuer("eu-west-1", "deleted")).provider(Fleet.issuer("ap-south-1", "elsewhere"))
                .provider("token.actions.githubusercontent.com");
        fleet.account("444455556666", "eu-west-1").provider(payments.issuerHostPath());
        InventoryModel inventory = new InventoryModel(new ImmediateTaskRunner(), fleet::snapshots);
        ProvidersViewModel viewModel = new ProvidersViewModel(inventory, new Messages(Locale.ENGLISH));

        inventory.reload();

        assertThat(viewModel.rowsProperty().get()).extracting(r -> r.provider().url(), r -> r.summary().status()).containsExactly(
                tuple(Fleet.issuer("ap-south-1", "elsewhere"), ProviderStatus.UNCERTAIN),
                tuple(Fleet.issuer("eu-west-1", "deleted"), ProviderStatus.ORPHANED),
                tuple(payments.issuerHostPath(), ProviderStatus.LINKED),
                tuple("token.actions.githubusercontent.com", ProviderStatus.NOT_EKS),
                tuple(payments.issuerHostPath(), ProviderStatus.LINKED));
        assertThat(viewModel.rowsProperty().get().get(2).summary().linkedClusterArns()).containsExactly(payments.arn());
        assertThat(viewModel.summaryProperty().get()).isEqualTo("5 OIDC providers: 2 linked to a scanned cluster, 1 orphaned, "
                + "1 uncertain (region not fully scanned), 1 not for EKS. The busiest account has 4 of its 100 allowed by default.");
    }

    @Test
    void anEmptyInventoryShowsNoRows() {
        InventoryModel inventory = new InventoryModel(new ImmediateTaskRunner(), List::of);
        ProvidersViewModel viewModel = new ProvidersViewModel(inventory, new Messages(Locale.ENGLISH));

        inventory.reload();

        assertThat(viewModel.rowsProperty().get()).isEmpty();
        assertThat(viewModel.summaryProperty().get()).startsWith("0 OIDC providers");
    }
}
