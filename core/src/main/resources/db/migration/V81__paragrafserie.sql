-- One row per organ (the nämnd or one utskott) and calendar year, locked while a meeting's §§ are numbered:
-- two users numbering two meetings of the same organ at once get consecutive §§, never the same (decision 0093).
CREATE TABLE paragrafserie (
    organ           VARCHAR(40) NOT NULL,
    ar              INT NOT NULL,
    CONSTRAINT pk_paragrafserie PRIMARY KEY (organ, ar)
);
