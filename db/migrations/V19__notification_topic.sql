-- A notification's topic: what a repeat is recognised by. An out-of-range result of the same test, for the same
-- patient, with the same interpretation as one notified in the last hour is not notified again (alarm fatigue);
-- the chart still shows every value. Null for notifications that are never coalesced.
ALTER TABLE notification ADD COLUMN topic VARCHAR(200) NULL;
CREATE INDEX ix_notification_topic ON notification (rule, patient_id, topic, occurred_at);
