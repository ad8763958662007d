-- What a municipality lets the advisers of its county read beyond the status line
-- (issue 18): the shared parts' names, comma-separated ("programme,measures,document").
-- Nothing by default; the input register is never shared.
ALTER TABLE organisations ADD COLUMN shares TEXT NOT NULL DEFAULT '';
