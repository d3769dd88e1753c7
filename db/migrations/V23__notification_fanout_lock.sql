-- One notification fan-out at a time per hospital, whatever the number of server instances: a fan-out round takes
-- this row's lock (SELECT ... FOR UPDATE) before it reads what waits, so inbox entries commit in the order of their
-- seq, and a live stream that reads "after the last seq it sent" never passes over one committed late.
CREATE TABLE notification_fanout_lock (
    id INT NOT NULL,
    CONSTRAINT pk_notification_fanout_lock PRIMARY KEY (id)
) ENGINE = InnoDB;
INSERT INTO notification_fanout_lock (id) VALUES (1);
