package dev.eksatlas.ui.common;

import dev.eksatlas.report.Column;
import dev.eksatlas.report.ReportDefinition;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * A table built from a report's column definitions, so what the user sees is what the CSV export
 * of the same report writes: the cells show {@link Column#display}, sorting uses the raw values.
 * Comes with a filter box (any cell containing the text), copy of a cell or rows (Ctrl+C copies the
 * selected rows as tab-separated text), and Export, which writes the rows as shown (filtered and
 * sorted) through the caller's exporter.
 */
public final class ReportTable<R> extends VBox {
    private final ReportDefinition<R> definition;
    private final ObservableList<R> rows = FXCollections.observableArrayList();
    private final FilteredList<R> filtered = new FilteredList<>(rows);
    private final TableView<R> table = new TableView<>();
    private final TextField filter = new TextField();
    private final Label count = new Label();
    private final Label message = new Label();
    private static final int FIT_SAMPLE = 50;
    private static final double MIN_COLUMN = 60;
    private static final double MAX_COLUMN = 380;
    private Column<R> contextColumn;
    private boolean fitted;
    private Map<R, String> searchText = new IdentityHashMap<>();
    private final Map<String, Function<R, String>> shownAs = new HashMap<>();

    public ReportTable(ReportDefinition<R> definition, Messages messages, Consumer<ReportTable<R>> onExport) {
        this.definition = definition;
        getStyleClass().add("report-table");
        setSpacing(6);
        for (Column<R> column : definition.columns()) {
            table.getColumns().add(column(column, messages));
        }
        SortedList<R> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().setCellSelectionEnabled(false);
        table.setPlaceholder(new Label(messages.get("table.empty")));
        table.setTableMenuButtonVisible(true);
        // Cells show one line, so every row has the same height: the table then lays out only the
        // rows in view, without measuring each (20,000-row tables filter and scroll without stutter).
        table.setStyle("-fx-fixed-cell-size: 2.8em;");
        table.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                copyRows();
                e.consume();
            }
        });
        MenuItem copyCell = new MenuItem(messages.get("table.copyCell"));
        copyCell.setOnAction(e -> copyCell());
        MenuItem copyRows = new MenuItem(messages.get("table.copyRows"));
        copyRows.setOnAction(e -> copyRows());
        table.setContextMenu(new ContextMenu(copyCell, copyRows));
        VBox.setVgrow(table, Priority.ALWAYS);

        filter.setPromptText(messages.get("table.filter"));
        filter.getStyleClass().add("table-filter");
        filter.textProperty().addListener((obs, was, text) -> applyFilter(text));
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                    table.getFocusModel().focus(0);
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !filter.getText().isEmpty()) {
                filter.clear();
                e.consume();
            }
        });
        HBox.setHgrow(filter, Priority.ALWAYS);
        filter.setMaxWidth(420);
        Button export = new Button(messages.get("table.export"));
        export.getStyleClass().add("table-export");
        export.setOnAction(e -> onExport.accept(this));
        count.getStyleClass().add("table-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        export.setMinWidth(Region.USE_PREF_SIZE);
        message.getStyleClass().add("table-message");
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.SOMETIMES);
        filtered.addListener((javafx.collections.ListChangeListener<R>) c -> updateCount(messages));
        HBox bar = new HBox(8, filter, count, message, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(bar, table);
        updateCount(messages);
    }

    /** Replaces the rows (call on the FX thread). */
    public void setRows(List<R> newRows) {
        Map<R, String> text = new IdentityHashMap<>(newRows.size() * 2);
        List<Column<R>> columns = definition.columns();
        StringBuilder line = new StringBuilder(512);
        for (R row : newRows) {
            line.setLength(0);
            for (Column<R> column : columns) {
                line.append(display(column, row)).append('\u0000');
            }
            text.put(row, line.toString().toLowerCase(Locale.ROOT));
        }
        searchText = text;
        if (!fitted && !newRows.isEmpty()) {
            fitColumns(newRows.subList(0, Math.min(FIT_SAMPLE, newRows.size())));
            fitted = true;
        }
        rows.setAll(newRows);
        applyFilter(filter.getText());
    }

    /** Shows {@code source}'s rows now and whenever they change. */
    public void bindRows(ObservableValue<? extends List<R>> source) {
        setRows(source.getValue());
        source.addListener((obs, old, newRows) -> setRows(newRows));
    }

    /** Keeps {@code selected} and the table's selected row in step, both ways (a view-model's selection survives a reload). */
    public void bindSelection(Property<R> selected) {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> selected.setValue(row));
        selected.addListener((obs, old, row) -> {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else if (row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().clearSelection();
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }
        });
    }

    /** Shows a line beside the row count, e.g. where an export was written; empty clears it. */
    public void showMessage(String text) {
        message.setText(text);
    }

    public String message() {
        return message.getText();
    }

    /** Hides columns a screen shows elsewhere (the user can show them again from the table's menu button); exports keep them. */
    public ReportTable<R> hideColumns(String... ids) {
        Set<String> hidden = Set.of(ids);
        table.getColumns().forEach(c -> c.setVisible(!hidden.contains(c.getId())));
        return this;
    }

    /**
     * Shows a column's cells in other words than the report's, e.g. a finding's message in the user's
     * language; filter and copy use them too, Export writes the report's own values.
     */
    public ReportTable<R> showAs(String columnId, Function<R, String> text) {
        shownAs.put(columnId, text);
        if (!rows.isEmpty()) {
            setRows(List.copyOf(rows));
        }
        table.refresh();
        return this;
    }

    private String display(Column<R> column, R row) {
        Function<R, String> shown = shownAs.get(column.id());
        return shown == null ? column.display(row) : String.valueOf(shown.apply(row));
    }

    /** Adds this table to a screen's {@code pane} under {@code id}, taking the height left. */
    public ReportTable<R> placeIn(VBox pane, String id) {
        setId(id);
        VBox.setVgrow(this, Priority.ALWAYS);
        pane.getChildren().add(this);
        return this;
    }

    /** The rows as shown: filtered and in the table's sort order. */
    public List<R> visibleRows() {
        return List.copyOf(table.getItems());
    }

    public ReportDefinition<R> definition() {
        return definition;
    }

    public TableView<R> tableView() {
        return table;
    }

    public TextField filterField() {
        return filter;
    }

    private void applyFilter(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Map<R, String> index = searchText;
        filtered.setPredicate(needle.isEmpty() ? null : row -> index.getOrDefault(row, "").contains(needle));
    }

    private void updateCount(Messages messages) {
        count.setText(messages.get("table.count", filtered.size(), rows.size()));
    }

    private TableColumn<R, Object> column(Column<R> column, Messages messages) {
        String header = messages.has(column.headerKey()) ? messages.get(column.headerKey()) : column.header();
        TableColumn<R, Object> tc = new TableColumn<>(header);
        tc.setId(column.id());
        tc.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(column.valueOf(cell.getValue())));
        tc.setCellFactory(c -> new TableCell<>() {
            {
                setOnContextMenuRequested(e -> contextColumn = column);
            }

            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                R row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(row == null ? null : oneLine(display(column, row)));
            }
        });
        tc.setComparator(ReportTable::compareValues);
        if (column.kind() == Column.Kind.NUMBER) {
            tc.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        return tc;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof Comparable ca && a.getClass().isInstance(b)) {
            return ca.compareTo(b);
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }

    /** Copies the cell the context menu was opened on (else the first column of the selected row). */
    private void copyCell() {
        R row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        Column<R> column = contextColumn != null ? contextColumn : definition.columns().getFirst();
        copy(display(column, row));
    }

    /**
     * Gives each column the width of its header or of its widest cell among the first rows, within
     * bounds, once, when rows first arrive (the user's own resizing is not undone by later loads).
     */
    private void fitColumns(List<R> sample) {
        // Measured in the default font; the theme's is about a tenth larger (AtlantaFX: 14px), hence the factor.
        Text probe = new Text();
        for (int i = 0; i < definition.columns().size(); i++) {
            Column<R> column = definition.columns().get(i);
            TableColumn<R, ?> tc = table.getColumns().get(i);
            probe.setText(tc.getText());
            double widest = probe.getLayoutBounds().getWidth() * 1.15 + 32;
            for (R row : sample) {
                probe.setText(oneLine(display(column, row)));
                widest = Math.max(widest, probe.getLayoutBounds().getWidth() * 1.15 + 24);
            }
            tc.setPrefWidth(Math.clamp(widest, MIN_COLUMN, MAX_COLUMN));
        }
    }

    /** A cell shows one line: line breaks (policies, notes) become spaces; copy and export keep them. */
    static String oneLine(String text) {
        return text.indexOf('\n') < 0 && text.indexOf('\r') < 0 ? text : text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    private void copyRows() {
        String text = table.getSelectionModel().getSelectedItems().stream()
                .map(row -> definition.columns().stream().map(c -> display(c, row)).collect(Collectors.joining("\t")))
                .collect(Collectors.joining("\n"));
        if (!text.isEmpty()) {
            copy(text);
        }
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
