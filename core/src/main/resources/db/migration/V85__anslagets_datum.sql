-- The anslag kept with the justerat protokoll (issue 11 point 5, decision 0115): where the protokoll is kept, the
-- last day for an appeal (three weeks from the day posted, moved to the next weekday by lag 1930:173) and the day
-- the anslag is taken down (the day after). Setting the anslag keeps a new version of the protokoll's PDFs with
-- the anslagsbevis filled in; a version is now the original (PROTOKOLL), a RATTELSE or an ANSLAG.
ALTER TABLE protokoll ADD COLUMN forvaringsplats VARCHAR(300);
ALTER TABLE protokoll ADD COLUMN sista_dag_overklagande DATE;
ALTER TABLE protokoll ADD COLUMN anslag_nedtagning DATE;

ALTER TABLE protokoll_version ADD COLUMN slag VARCHAR(20) DEFAULT 'PROTOKOLL' NOT NULL;
UPDATE protokoll_version SET slag = 'RATTELSE' WHERE version > 1;
ALTER TABLE protokoll_version DROP CONSTRAINT ck_protokoll_version_rattelse;
ALTER TABLE protokoll_version ADD CONSTRAINT ck_protokoll_version_slag
    CHECK (slag IN ('PROTOKOLL', 'RATTELSE', 'ANSLAG') AND (slag <> 'RATTELSE' OR (skal IS NOT NULL AND andringar IS NOT NULL)));
