package dev.eksatlas.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One file an export wrote: the report it holds, its name in the folder, its data rows, size and SHA-256 (hex). */
@JsonPropertyOrder({"report", "file", "rows", "bytes", "sha256"})
public record WrittenFile(String report, String file, long rows, long bytes, String sha256) {
}
