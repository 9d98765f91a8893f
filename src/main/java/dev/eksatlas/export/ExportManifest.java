package dev.eksatlas.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * {@code manifest.json}: what an export folder holds and where it came from, so an auditor can show
 * the files were not altered. It holds no export time, so two exports of the same snapshots give
 * byte-identical folders, manifest included.
 */
@JsonPropertyOrder({"manifestVersion", "application", "appVersion", "byteOrderMark", "selection", "snapshots", "reports"})
public record ExportManifest(
        int manifestVersion,
        String application,
        String appVersion,
        boolean byteOrderMark,
        SelectionEntry selection,
        List<SnapshotEntry> snapshots,
        List<WrittenFile> reports) {

    public static final int VERSION = 1;
    public static final String APPLICATION = "EKS Identity Atlas";

    /** The limits the export was run with; null means all. */
    @JsonPropertyOrder({"profile", "account", "cluster"})
    public record SelectionEntry(String profile, String account, String cluster) {
        static SelectionEntry of(Selection s) {
            return new SelectionEntry(s.profile(), s.accountId(), s.cluster());
        }
    }

    /** One snapshot the reports were made from; {@code scanTime} as in the reports' Scan time column. */
    @JsonPropertyOrder({"accountId", "profile", "scanTime"})
    public record SnapshotEntry(String accountId, String profile, String scanTime) {
    }
}
