package dev.eksatlas.scan.profiles;

/** The two shared files. Their section headers differ: {@code [profile NAME]} in config, {@code [NAME]} in credentials. */
enum ProfileFileType {
    CONFIG,
    CREDENTIALS
}
