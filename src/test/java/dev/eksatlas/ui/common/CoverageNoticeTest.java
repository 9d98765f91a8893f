package dev.eksatlas.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.report.TestSnapshots;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CoverageNoticeTest {
    private final List<AccountSnapshot> inventory = new ArrayList<>();
    private final InventoryModel model = new InventoryModel(new ImmediateTaskRunner(), () -> List.copyOf(inventory));
    private final CoverageNotice notice = new CoverageNotice(model, new Messages(Locale.ENGLISH));

    @Test
    void saysHowManyGapsInHowManyAccountsAndListsThemBehindDetails() {
        inventory.addAll(TestSnapshots.both());

        model.reload();

        assertThat(notice.visibleProperty().get()).isTrue();
        assertThat(notice.textProperty().get()).startsWith("The latest scans could not read everything: 4 coverage gaps in 1 account.");
        assertThat(notice.detailsProperty().get().lines()).hasSize(4)
                .contains("111111111111 ap-east-1 eks ListClusters: UnrecognizedClientException (region not enabled)");
    }

    @Test
    void isHiddenWhenEveryScanReadEverything() {
        inventory.add(TestSnapshots.dev());

        model.reload();

        assertThat(notice.visibleProperty().get()).isFalse();
        assertThat(notice.textProperty().get()).isEmpty();
    }
}
