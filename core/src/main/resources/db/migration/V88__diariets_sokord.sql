-- Issue 10 point 2 (decision 0142): the diarium's word search answered from an index. diarieord holds every
-- word of an ärende's rubrik and of its handlingar's rubrik and avsändare/mottagare, lower case as the search
-- compares (kalla 0: the ärende's rubrik, else the handling's id, so the masking views can leave out a
-- confidential handling's words); sokord holds each word once, so that a part of a word ("stöd" in
-- "försörjningsstöd") is looked up among the distinct words rather than among every row. Both are written by
-- the repositories in the transaction that writes the ärende or handling; V89 fills them for existing stores.
-- ix_arende_lopnummer answers a löpnummer prefix ("1185") in any year with ranges.
CREATE TABLE sokord (
    ord             VARCHAR(64) NOT NULL,
    CONSTRAINT pk_sokord PRIMARY KEY (ord)
);

CREATE TABLE diarieord (
    arende_id       BIGINT NOT NULL REFERENCES arende (id),
    kalla           BIGINT NOT NULL,
    ord             VARCHAR(64) NOT NULL,
    CONSTRAINT pk_diarieord PRIMARY KEY (arende_id, kalla, ord)
);
CREATE INDEX ix_diarieord_ord ON diarieord (ord, arende_id);

CREATE INDEX ix_arende_lopnummer ON arende (lopnummer);
