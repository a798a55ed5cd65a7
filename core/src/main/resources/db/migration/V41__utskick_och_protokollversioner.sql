-- What is final stays final (decision record 0081). A meeting's stage is derived: planerat, utskickat (a row
-- below), genomfört (sammantrade.status), justerat (protokoll.status, which locks the meeting).

-- Each time a meeting's kallelse is sent: the exact PDFs as sent (members' and public copy, stored in the file
-- folder by their sha256) and a fingerprint of the content, to tell when the meeting has changed since.
CREATE TABLE kallelse_utskick (
    sammantrade_id      BIGINT NOT NULL REFERENCES sammantrade (id),
    version             INT NOT NULL CHECK (version > 0),
    skickad             TIMESTAMP NOT NULL,
    skickad_av          VARCHAR(200) NOT NULL,
    innehall_fingeravtryck CHAR(64) NOT NULL,
    pdf_sha256          CHAR(64) NOT NULL,
    pdf_storlek         BIGINT NOT NULL,
    offentlig_sha256    CHAR(64) NOT NULL,
    offentlig_storlek   BIGINT NOT NULL,
    CONSTRAINT pk_kallelse_utskick PRIMARY KEY (sammantrade_id, version)
);

-- The protokoll as justerat (version 1) and after each rättelse (2, 3, ...): the exact PDFs, who, when, why and
-- what changed. Rows are only ever added.
CREATE TABLE protokoll_version (
    sammantrade_id      BIGINT NOT NULL REFERENCES protokoll (sammantrade_id),
    version             INT NOT NULL CHECK (version > 0),
    skapad              TIMESTAMP NOT NULL,
    skapad_av           VARCHAR(200) NOT NULL,
    skal                VARCHAR(2000),
    andringar           VARCHAR(100000),
    pdf_sha256          CHAR(64) NOT NULL,
    pdf_storlek         BIGINT NOT NULL,
    offentlig_sha256    CHAR(64) NOT NULL,
    offentlig_storlek   BIGINT NOT NULL,
    CONSTRAINT pk_protokoll_version PRIMARY KEY (sammantrade_id, version),
    CONSTRAINT ck_protokoll_version_rattelse CHECK (version = 1 OR (skal IS NOT NULL AND andringar IS NOT NULL))
);
