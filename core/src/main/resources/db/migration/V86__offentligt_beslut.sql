-- A confidential § whose beslut text itself is harmless (e.g. "lägga redovisningen till handlingarna") may keep
-- the beslut in the public protokoll and protokollsutdrag (issue 11: "The public protokoll hides even a harmless
-- beslut"); everything else of the § stays withheld. Marked per § by the sekreterare, off by default.
ALTER TABLE paragraf ADD COLUMN beslut_offentligt BOOLEAN DEFAULT FALSE NOT NULL;
