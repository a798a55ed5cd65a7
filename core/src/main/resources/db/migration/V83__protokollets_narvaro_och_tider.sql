-- The complete protokoll (issue 11 point 5), attendance with times: who arrived or left at which § (the §§ a
-- person took part in, fran_paragraf..till_paragraf, null = from the start / to the end), for a tjänstgörande
-- ersättare the §§ served; the meeting's actual start and end time and its ajourneringar (one "tt:mm–tt:mm" per
-- line); whether the protokoll opens with the three opening paragraphs (upprop, val av justerare, fastställande
-- av ärendelistan, decision 0114) and any change made to the ärendelista when it was fastställd; and whether the
-- record is minnesanteckningar of a beredning or utskott, which are not justerade (issue 11 point 5).
ALTER TABLE narvaro ADD COLUMN ankom TIME;
ALTER TABLE narvaro ADD COLUMN fran_paragraf INT;
ALTER TABLE narvaro ADD COLUMN till_paragraf INT;

ALTER TABLE protokoll ADD COLUMN starttid TIME;
ALTER TABLE protokoll ADD COLUMN sluttid TIME;
ALTER TABLE protokoll ADD COLUMN ajourneringar VARCHAR(2000);
ALTER TABLE protokoll ADD COLUMN inledning BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE protokoll ADD COLUMN arendelista_andring VARCHAR(2000);
ALTER TABLE protokoll ADD COLUMN minnesanteckningar BOOLEAN DEFAULT FALSE NOT NULL;
