-- One relay at a time per hospital, whatever the number of server instances: a relay publishes only while it holds
-- this row's lock (SELECT ... FOR UPDATE in its transaction), so the database, not a cache, enforces exclusivity.
CREATE TABLE outbox_relay_lock (
    id INT NOT NULL,
    CONSTRAINT pk_outbox_relay_lock PRIMARY KEY (id)
) ENGINE = InnoDB;
INSERT INTO outbox_relay_lock (id) VALUES (1);
