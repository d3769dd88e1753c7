-- Leadership of a hospital's singleton jobs (backups first) among its server instances: one row per job, held by one
-- instance until it expires, with a fence that grows with every change of holder. The database clock is the only
-- clock; a job's writes are conditioned on its holder and fence still holding (see docs/cluster.md).
CREATE TABLE leader_lease (
    name       VARCHAR(64)  NOT NULL,
    owner      VARCHAR(128) NULL,
    fence      BIGINT       NOT NULL DEFAULT 0,
    expires_at DATETIME(6)  NOT NULL,
    CONSTRAINT pk_leader_lease PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
