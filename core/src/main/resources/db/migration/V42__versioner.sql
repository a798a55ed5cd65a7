-- No lost update (decision record 0083): every record a user edits carries a version, raised by each change. A
-- save made from an older version is refused, naming who changed the record and when (from the audit log).
ALTER TABLE namnd ADD COLUMN version INT DEFAULT 0 NOT NULL;
ALTER TABLE ledamot ADD COLUMN version INT DEFAULT 0 NOT NULL;
ALTER TABLE delegat ADD COLUMN version INT DEFAULT 0 NOT NULL;
ALTER TABLE arende ADD COLUMN version INT DEFAULT 0 NOT NULL;
ALTER TABLE sammantrade ADD COLUMN version INT DEFAULT 0 NOT NULL;
ALTER TABLE arendepunkt ADD COLUMN version INT DEFAULT 0 NOT NULL;
ALTER TABLE delegationsbeslut ADD COLUMN version INT DEFAULT 0 NOT NULL;
ALTER TABLE meddelande ADD COLUMN version INT DEFAULT 0 NOT NULL;
ALTER TABLE protokoll ADD COLUMN version INT DEFAULT 0 NOT NULL;
ALTER TABLE paragraf ADD COLUMN version INT DEFAULT 0 NOT NULL;
ALTER TABLE insats ADD COLUMN version INT DEFAULT 0 NOT NULL;
ALTER TABLE gynnande_beslut ADD COLUMN version INT DEFAULT 0 NOT NULL;
