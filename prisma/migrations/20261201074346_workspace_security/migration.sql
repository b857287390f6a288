-- Row-level security for the counsellor workspace (written by hand; the
-- schema diff leaves policies, grants and triggers alone).
--
-- The application reaches organization data only as the role parallel_app:
-- not the tables' owner, not a superuser, NOBYPASSRLS. Each unit of work runs
-- in a transaction that does SET LOCAL ROLE parallel_app and sets, with
-- set_config(..., true), only what it may see (lib/workspace/tenant.ts):
--   app.org_id        the organization it works for
--   app.user_id       the signed-in user (their own memberships and organizations)
--   app.journey_id    a saved journey's holder (their own shares)
--   app.token_hash    an invitation being accepted
--   app.api_key_hash  an API key being checked
--   app.share_code    an organization a journey holder is sharing with
-- Nothing set: no rows. A transaction-local setting reads '' after it ends on
-- a pooled connection, hence NULLIF.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'parallel_app') THEN
    CREATE ROLE parallel_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- created at the same moment by a migration of another database on this server
END
$$;

-- The role that runs the app (and these migrations) may become parallel_app.
DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'parallel_app', 'MEMBER') THEN
    EXECUTE format('GRANT parallel_app TO %I', current_user);
  END IF;
END
$$;

CREATE FUNCTION app_setting(name text) RETURNS text
  LANGUAGE sql STABLE
  AS $$ SELECT NULLIF(current_setting(name, true), '') $$;

CREATE FUNCTION app_org() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT app_setting('app.org_id')::uuid $$;

CREATE FUNCTION app_user() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT app_setting('app.user_id')::uuid $$;

GRANT USAGE ON SCHEMA public TO parallel_app;
GRANT EXECUTE ON FUNCTION app_setting(text), app_org(), app_user() TO parallel_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON organization, membership, invitation, client, journey_share, api_key TO parallel_app;
GRANT SELECT, INSERT ON audit_event TO parallel_app;
GRANT USAGE, SELECT ON SEQUENCE audit_event_id_seq TO parallel_app;
-- Names and addresses of members (joined from memberships), the occupations a client trained in.
GRANT SELECT ON "user", occupation, noc_class, occupation_title TO parallel_app;
GRANT SELECT ON saved_journey TO parallel_app;

ALTER TABLE organization ENABLE ROW LEVEL SECURITY;
ALTER TABLE organization FORCE ROW LEVEL SECURITY;
CREATE POLICY organization_access ON organization
  USING (
    id = app_org()
    OR share_code = app_setting('app.share_code')
    OR id IN (SELECT m.organization_id FROM membership m WHERE m.user_id = app_user())
  )
  WITH CHECK (id = app_org());

ALTER TABLE membership ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership FORCE ROW LEVEL SECURITY;
CREATE POLICY membership_access ON membership
  USING (organization_id = app_org() OR user_id = app_user())
  WITH CHECK (organization_id = app_org());

ALTER TABLE invitation ENABLE ROW LEVEL SECURITY;
ALTER TABLE invitation FORCE ROW LEVEL SECURITY;
CREATE POLICY invitation_access ON invitation
  USING (organization_id = app_org() OR token_hash = app_setting('app.token_hash'))
  WITH CHECK (organization_id = app_org());

ALTER TABLE client ENABLE ROW LEVEL SECURITY;
ALTER TABLE client FORCE ROW LEVEL SECURITY;
CREATE POLICY client_access ON client
  USING (organization_id = app_org())
  WITH CHECK (organization_id = app_org());

ALTER TABLE journey_share ENABLE ROW LEVEL SECURITY;
ALTER TABLE journey_share FORCE ROW LEVEL SECURITY;
CREATE POLICY journey_share_access ON journey_share
  USING (organization_id = app_org() OR saved_journey_id = app_setting('app.journey_id')::uuid)
  WITH CHECK (organization_id = app_org());

ALTER TABLE api_key ENABLE ROW LEVEL SECURITY;
ALTER TABLE api_key FORCE ROW LEVEL SECURITY;
CREATE POLICY api_key_access ON api_key
  USING (organization_id = app_org() OR secret_hash = app_setting('app.api_key_hash'))
  WITH CHECK (organization_id = app_org());

ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_event FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_event_access ON audit_event
  USING (organization_id = app_org())
  WITH CHECK (organization_id = app_org());

-- The audit trail is append-only, for every role.
CREATE FUNCTION audit_event_append_only() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN RAISE EXCEPTION 'the audit trail cannot be changed' USING ERRCODE = 'insufficient_privilege'; END $$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

-- The app role sees a saved journey (not organization data, served to its
-- holder by token) only when it is shared with the organization at work, or
-- when it is the holder's own (sharing, withdrawing). Not forced: the public
-- journey pages keep reading it as the owner.
ALTER TABLE saved_journey ENABLE ROW LEVEL SECURITY;
CREATE POLICY saved_journey_shared ON saved_journey
  USING (
    id = app_setting('app.journey_id')::uuid
    OR id IN (SELECT s.saved_journey_id FROM journey_share s WHERE s.organization_id = app_org())
  );
