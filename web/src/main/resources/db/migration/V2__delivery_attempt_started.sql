-- When the current attempt of a delivery began. Written and committed before a notice goes to a channel that can
-- be asked afterwards whether it arrived (the Slack channel, through conversations.history). A row found pending
-- with this set may have reached the receiver without the answer reaching us (a crash, a timeout, a dropped
-- connection): the worker looks for it there before sending again. Cleared when the delivery is confirmed.
ALTER TABLE escalation_deliveries ADD COLUMN attempt_started_at TIMESTAMP WITH TIME ZONE;
