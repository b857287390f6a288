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
-- The audit trail: read here, written only through audit_append() below.
GRANT SELECT ON audit_event TO parallel_app;
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

-- The audit trail is a hash chain per organization, appended by its own role.
-- parallel_audit_writer may only read and insert audit events; the app calls
-- audit_append() (which runs as that role) and cannot insert, change or
-- delete a row itself. Each event carries the hash of the organization's
-- previous one; `npm run -s audit -- verify` recomputes the chain.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'parallel_audit_writer') THEN
    CREATE ROLE parallel_audit_writer NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END
$$;

DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'parallel_audit_writer', 'MEMBER') THEN
    EXECUTE format('GRANT parallel_audit_writer TO %I', current_user);
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO parallel_audit_writer;
GRANT SELECT, INSERT ON audit_event TO parallel_audit_writer;
GRANT USAGE, SELECT ON SEQUENCE audit_event_id_seq TO parallel_audit_writer;
GRANT EXECUTE ON FUNCTION app_setting(text), app_org() TO parallel_audit_writer;

-- What an event's hash covers: the previous hash and every field, in a fixed text form.
CREATE FUNCTION audit_event_hash(prev text, e audit_event) RETURNS text
  LANGUAGE sql IMMUTABLE
  AS $$
    SELECT encode(sha256(convert_to(concat_ws(chr(31),
      prev, e.id::text, e.organization_id::text, to_char(e.at, 'YYYY-MM-DD"T"HH24:MI:SS.MS'),
      coalesce(e.actor_user_id::text, ''), coalesce(e.actor_api_key_id::text, ''), e.actor_label, e.action,
      e.subject_type, coalesce(e.subject_id, ''), coalesce(e.request_id, ''), coalesce(e.route, ''),
      coalesce(e.detail::text, '')), 'UTF8')), 'hex')
  $$;
GRANT EXECUTE ON FUNCTION audit_event_hash(text, audit_event) TO parallel_audit_writer, parallel_app;

-- Appends one event to its organization's chain (one writer at a time per organization).
-- Row-level security still applies: only the organization the transaction set.
CREATE FUNCTION audit_append(
  p_org uuid, p_actor_user uuid, p_actor_key uuid, p_label text, p_action text,
  p_subject_type text, p_subject_id text, p_request_id text, p_route text, p_detail jsonb
) RETURNS bigint
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
DECLARE
  e audit_event;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('audit_event:' || p_org::text, 0));
  e.id := nextval('audit_event_id_seq');
  e.organization_id := p_org;
  e.at := date_trunc('milliseconds', statement_timestamp() AT TIME ZONE 'UTC');
  e.actor_user_id := p_actor_user;
  e.actor_api_key_id := p_actor_key;
  e.actor_label := p_label;
  e.action := p_action;
  e.subject_type := p_subject_type;
  e.subject_id := p_subject_id;
  e.request_id := p_request_id;
  e.route := p_route;
  e.detail := p_detail;
  e.prev_hash := coalesce((SELECT a.hash FROM audit_event a WHERE a.organization_id = p_org ORDER BY a.id DESC LIMIT 1), '');
  e.hash := audit_event_hash(e.prev_hash, e);
  INSERT INTO audit_event VALUES (e.*);
  RETURN e.id;
END
$$;
ALTER FUNCTION audit_append(uuid, uuid, uuid, text, text, text, text, text, text, jsonb) OWNER TO parallel_audit_writer;
REVOKE ALL ON FUNCTION audit_append(uuid, uuid, uuid, text, text, text, text, text, text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_append(uuid, uuid, uuid, text, text, text, text, text, text, jsonb) TO parallel_app;

-- No role changes or deletes an event.
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
