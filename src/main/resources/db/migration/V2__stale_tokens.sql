-- Which clusters a scan checked for stale service-account tokens (CloudWatch Logs Insights over the
-- audit log) and how it went. A snapshot without rows here was not checked: "not checked", never
-- "no stale tokens". Portable SQL (H2 2.x and PostgreSQL).

CREATE TABLE stale_token_check (
    scan_run_id     BIGINT        NOT NULL REFERENCES scan_run (id) ON DELETE CASCADE,
    region          VARCHAR(32)   NOT NULL,
    cluster_name    VARCHAR(128)  NOT NULL,
    status          VARCHAR(32)   NOT NULL,
    window_start    TIMESTAMP WITH TIME ZONE,
    window_end      TIMESTAMP WITH TIME ZONE,
    bytes_scanned   BIGINT        NOT NULL,
    records_matched BIGINT        NOT NULL,
    PRIMARY KEY (scan_run_id, region, cluster_name)
);
