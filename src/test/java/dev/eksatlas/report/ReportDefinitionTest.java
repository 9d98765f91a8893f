package dev.eksatlas.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportDefinitionTest {
    record Item(String name, int size) {
    }

    private static final ReportDefinition<Item> ITEMS = new ReportDefinition<>("items", "test items", List.of(
            Column.<Item>text("name", "Name", Item::name),
            Column.<Item>number("size", "Size", Item::size)),
            Comparator.comparing(Item::name));

    @Test
    void provenanceColumnsComeFirstWithFixedHeaders() {
        ReportDefinition<Sourced<Item>> sourced = Sourced.definition(ITEMS);
        assertThat(sourced.headers()).containsExactly("Account ID", "Profile", "Scan time", "Name", "Size");
        assertThat(sourced.columns()).extracting(Column::id).containsExactly("account_id", "profile", "scan_time", "name", "size");
        assertThat(sourced.name()).isEqualTo("items");
    }

    @Test
    void provenanceColumnsShowTheSnapshotOfEachRow() {
        Provenance p = new Provenance("111111111111", "prod", Instant.parse("2026-01-01T00:00:00.5Z"));
        Sourced<Item> row = new Sourced<>(p, new Item("x", 3));
        assertThat(Sourced.definition(ITEMS).columns()).extracting(c -> c.display(row))
                .containsExactly("111111111111", "prod", "2026-01-01T00:00:00Z", "x", "3");
    }

    @Test
    void rowsEqualInTheReportOrderAreOrderedByProvenance() {
        Sourced<Item> later = new Sourced<>(new Provenance("2", "b", Instant.EPOCH), new Item("same", 1));
        Sourced<Item> earlier = new Sourced<>(new Provenance("1", "a", Instant.EPOCH), new Item("same", 2));
        Sourced<Item> first = new Sourced<>(new Provenance("9", "z", Instant.EPOCH), new Item("a", 3));
        List<Sourced<Item>> sorted = java.util.stream.Stream.of(later, earlier, first)
                .sorted(Sourced.definition(ITEMS).order()).toList();
        assertThat(sorted).containsExactly(first, earlier, later);
    }

    @Test
    void columnHeaderKeysFollowTheirIds() {
        assertThat(ITEMS.columns()).extracting(Column::headerKey).containsExactly("report.column.name", "report.column.size");
    }

    @Test
    void refusesDuplicateColumnIdsBadNamesAndEmptyReports() {
        Column<Item> name = Column.text("name", "Name", Item::name);
        assertThatThrownBy(() -> new ReportDefinition<>("items", "", List.of(name, name), Comparator.comparing(Item::name)))
                .hasMessageContaining("two columns with id name");
        assertThatThrownBy(() -> new ReportDefinition<>("Items!", "", List.of(name), Comparator.comparing(Item::name)))
                .hasMessageContaining("lower-kebab-case");
        assertThatThrownBy(() -> new ReportDefinition<Item>("items", "", List.of(), Comparator.comparing(Item::name)))
                .hasMessageContaining("no columns");
        assertThatThrownBy(() -> Column.<Item>text("Bad Id", "x", Item::name)).hasMessageContaining("lower_snake_case");
    }
}
