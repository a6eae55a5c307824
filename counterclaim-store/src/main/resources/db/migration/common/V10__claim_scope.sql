-- What a claim's figure is a figure of: 'incident' (the incident reported), 'part' (a part of
-- another figure of its sentence, "including five women") or 'background' (another time or a
-- whole conflict). Claims stored before scopes were read are incident figures.
ALTER TABLE claims ADD COLUMN scope TEXT NOT NULL DEFAULT 'incident';
