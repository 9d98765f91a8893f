package dev.eksatlas.ui.associations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.eksatlas.analysis.Fleet;
import dev.eksatlas.analysis.Trust;
import dev.eksatlas.analysis.linkage.AssociationHealth;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.ui.common.ImmediateTaskRunner;
import dev.eksatlas.ui.common.InventoryModel;
import dev.eksatlas.ui.common.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AssociationsViewModelTest {

    @Test
    void showsEachAssociationsHealthAndCountsWorkingBrokenAndDisabledSessionTags() {
        Fleet fleet = new Fleet();
        Fleet.Account prod = fleet.account("111122223333", "eu-west-1");
        EksCluster payments = prod.cluster("payments", "eu-west-1", "1.30", "eks.10");
        String pods = prod.role("pods", Trust.policy(Trust.podIdentity()));
        String noTagSession = prod.role("no-tag-session", Trust.policy(Trust.podIdentityWithoutTagSession()));
        prod.association(payments, "pay", "api", pods);
        prod.association(payments, "pay", "worker", noTagSession);
        prod.association(payments, "pay", "batch", noTagSession, null, true);
        prod.association(payments, "pay", "gone", prod.roleArn("deleted"));
        InventoryModel inventory = new InventoryModel(new ImmediateTaskRunner(), fleet::snapshots);
        AssociationsViewModel viewModel = new AssociationsViewModel(inventory, new Messages(Locale.ENGLISH));

        inventory.reload();

        assertThat(viewModel.rowsProperty().get()).extracting(r -> r.association().serviceAccount(), r -> r.link().health())
                .containsExactly(
                        tuple("api", AssociationHealth.OK),
                        tuple("batch", AssociationHealth.OK),
                        tuple("gone", AssociationHealth.ROLE_MISSING),
                        tuple("worker", AssociationHealth.ROLE_MISSING_TAG_SESSION));
        assertThat(viewModel.summaryProperty().get()).isEqualTo("4 associations: 2 working, 2 broken, 0 not judged (cluster not described); "
                + "1 with session tags disabled; 0 owned by an add-on.");
    }
}
