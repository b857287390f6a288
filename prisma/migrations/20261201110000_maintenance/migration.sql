-- Written by hand. Jobs that work for every organization (retention, key
-- rotation, the audit check) list the organizations as the owner, then do
-- each one's work as parallel_app with that organization set. The list of
-- organizations (names and codes, no personal data) is therefore not forced
-- through row-level security for the owner; the app role still sees only
-- its own organization, as before.
ALTER TABLE organization NO FORCE ROW LEVEL SECURITY;
