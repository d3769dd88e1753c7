-- Every backup the hospital made or tried: scheduled ones (one per slot of the schedule, run by the instance that
-- held the backup lease, with its fence) and on-demand ones. A row is never deleted: a backup removed by the
-- retention policy keeps its row, state 'removed'.
CREATE TABLE backup_run (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- The schedule's slot (minutes since the epoch divided by the interval); NULL for a backup asked for.
    slot           BIGINT       NULL,
    trigger_kind   VARCHAR(16)  NOT NULL,
    requested_by   VARCHAR(100) NULL,
    instance       VARCHAR(100) NOT NULL,
    fence          BIGINT       NULL,
    attempt        INT          NOT NULL DEFAULT 1,
    state          VARCHAR(16)  NOT NULL,
    started_at     DATETIME(6)  NOT NULL,
    heartbeat_at   DATETIME(6)  NOT NULL,
    finished_at    DATETIME(6)  NULL,
    file_name      VARCHAR(255) NULL,
    size_bytes     BIGINT       NULL,
    file_sha256    CHAR(64)     NULL,
    schema_version VARCHAR(50)  NULL,
    error          VARCHAR(1000) NULL,
    CONSTRAINT ux_backup_run_slot UNIQUE (slot),
    CONSTRAINT ck_backup_run_trigger CHECK (trigger_kind IN ('schedule', 'on-demand')),
    CONSTRAINT ck_backup_run_state CHECK (state IN ('running', 'succeeded', 'failed', 'removed'))
) ENGINE = InnoDB;

CREATE INDEX ix_backup_run_state_finished ON backup_run (state, finished_at);
