-- What the first page of a Swedish kallelse names besides time and place (issue 11): the nämnd's sekreterare with
-- contact details, to whom förhinder are reported, the order parties are listed in, and its logo (already a column);
-- each ledamot's contact details (the ordförande's are printed); per meeting the sending date, the proposed
-- justerare and the day (and place) of justering.
ALTER TABLE namnd ADD COLUMN sekreterare_namn VARCHAR(200);
ALTER TABLE namnd ADD COLUMN sekreterare_titel VARCHAR(200);
ALTER TABLE namnd ADD COLUMN sekreterare_telefon VARCHAR(50);
ALTER TABLE namnd ADD COLUMN sekreterare_epost VARCHAR(200);
ALTER TABLE namnd ADD COLUMN forhinder_till VARCHAR(500);
ALTER TABLE namnd ADD COLUMN partiordning VARCHAR(200);

ALTER TABLE ledamot ADD COLUMN telefon VARCHAR(50);
ALTER TABLE ledamot ADD COLUMN epost VARCHAR(200);

ALTER TABLE sammantrade ADD COLUMN kallelsedatum DATE;
ALTER TABLE sammantrade ADD COLUMN justerare_forslag1_id BIGINT;
ALTER TABLE sammantrade ADD COLUMN justerare_forslag2_id BIGINT;
ALTER TABLE sammantrade ADD COLUMN justeringsdag DATE;
ALTER TABLE sammantrade ADD COLUMN justeringsplats VARCHAR(300);
ALTER TABLE sammantrade ADD CONSTRAINT fk_sammantrade_justerare1 FOREIGN KEY (justerare_forslag1_id) REFERENCES ledamot (id);
ALTER TABLE sammantrade ADD CONSTRAINT fk_sammantrade_justerare2 FOREIGN KEY (justerare_forslag2_id) REFERENCES ledamot (id);
