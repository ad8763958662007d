-- E-mail receipts of hearing responses. A response that gave an address and was
-- written in a known language waits here until the mailer has sent its receipt;
-- failed attempts are counted and the last error kept. Kept in step with
-- crates/store-sqlite/migrations/0009_receipts.sql.

ALTER TABLE inputs ADD COLUMN sender_lang TEXT;
ALTER TABLE inputs ADD COLUMN receipt_sent_at BIGINT;
ALTER TABLE inputs ADD COLUMN receipt_attempts BIGINT NOT NULL DEFAULT 0;
ALTER TABLE inputs ADD COLUMN receipt_error TEXT;
-- When the next attempt may be made (a failed one waits longer each time).
ALTER TABLE inputs ADD COLUMN receipt_next_at BIGINT NOT NULL DEFAULT 0;
CREATE INDEX inputs_awaiting_receipt ON inputs (receipt_sent_at, receipt_attempts);
