import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chownSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, seededEmbeddedFolder } from "./database";

/**
 * A PostgreSQL the test owns and can restart: a throwaway server (initdb +
 * pg_ctl in a temporary folder, on a free port) when PostgreSQL's programs
 * are installed, otherwise the embedded PostgreSQL served by a process of
 * its own on a data folder that survives restarts (a copy of a migrated and
 * seeded template folder).
 */
export interface RestartableDatabase {
  kind: "server" | "embedded";
  /** What it is, for the test's output. */
  description: string;
  url: string;
  /** Stops the database (immediately for a server: no checkpoint, like a crash) and starts it again on the same data. */
  restart(options?: { downMs?: number }): Promise<void>;
  stop(): Promise<void>;
}

function postgresBinDir(): string | null {
  const candidates: string[] = [];
  if (process.env.PG_BIN_DIR) candidates.push(process.env.PG_BIN_DIR);
  if (existsSync("/usr/lib/postgresql")) {
    const versions = readdirSync("/usr/lib/postgresql").filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => `/usr/lib/postgresql/${v}/bin`));
  }
  try {
    candidates.push(execFileSync("pg_config", ["--bindir"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
  } catch {
    // pg_config is not installed.
  }
  return candidates.find((dir) => existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl"))) ?? null;
}

/** PostgreSQL refuses to run as root: run its programs as the postgres user (or nobody). */
function serverIdentity(): { uid: number; gid: number } | null {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return null;
  for (const user of ["postgres", "nobody"]) {
    try {
      const uid = Number(execFileSync("id", ["-u", user], { encoding: "utf8" }).trim());
      const gid = Number(execFileSync("id", ["-g", user], { encoding: "utf8" }).trim());
      return { uid, gid };
    } catch {
      // No such user; try the next.
    }
  }
  throw new Error("Running as root and no postgres or nobody user to run PostgreSQL as.");
}

function run(bin: string, args: string[], identity: { uid: number; gid: number } | null): void {
  execFileSync(bin, args, { stdio: ["ignore", "pipe", "pipe"], ...(identity ?? {}), env: { ...process.env, LC_ALL: "C" } });
}

export async function startRestartableDatabase(options: { preferEmbedded?: boolean } = {}): Promise<RestartableDatabase> {
  const bin = options.preferEmbedded ? null : postgresBinDir();
  return bin ? startThrowawayServer(bin) : startEmbeddedProcess();
}

async function startThrowawayServer(bin: string): Promise<RestartableDatabase> {
  const identity = serverIdentity();
  const root = mkdtempSync(path.join(os.tmpdir(), "parallel-pg-"));
  if (identity) chownSync(root, identity.uid, identity.gid);
  const data = path.join(root, "data");
  const port = await freePort();
  run(path.join(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C"], identity);
  const pgCtl = path.join(bin, "pg_ctl");
  const serverOptions = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c max_connections=50`;
  const start = () => run(pgCtl, ["-D", data, "-l", path.join(root, "server.log"), "-o", serverOptions, "-w", "-t", "60", "start"], identity);
  start();
  const version = execFileSync(path.join(bin, "postgres"), ["--version"], { encoding: "utf8" }).trim();
  return {
    kind: "server",
    description: `a throwaway PostgreSQL server (${version}) on port ${port}`,
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    async restart({ downMs = 2000 } = {}) {
      run(pgCtl, ["-D", data, "-m", "immediate", "-w", "stop"], identity);
      await new Promise((r) => setTimeout(r, downMs));
      start();
    },
    async stop() {
      try {
        run(pgCtl, ["-D", data, "-m", "fast", "-w", "stop"], identity);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}

async function startEmbeddedProcess(): Promise<RestartableDatabase> {
  const root = mkdtempSync(path.join(os.tmpdir(), "parallel-pglite-"));
  const dir = path.join(root, "data");
  // Migrated and seeded already: the app's start finds nothing to load.
  cpSync(await seededEmbeddedFolder(), dir, { recursive: true });
  const port = await freePort();
  let child: ChildProcess | null = null;
  let url = "";
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const proc = spawn(process.execPath, ["--import", "tsx", "tests/support/pglite-server.ts", dir, String(port)], { stdio: ["ignore", "pipe", "pipe"] });
      child = proc;
      let output = "";
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const ready = /ready (\S+)/.exec(output);
        if (ready) {
          url = ready[1]!;
          proc.stdout!.off("data", onData);
          resolve();
        }
      };
      proc.stdout!.on("data", onData);
      proc.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
      proc.on("exit", (code) => reject(new Error(`The embedded database stopped (${code}): ${output}`)));
    });
  const stopChild = () =>
    new Promise<void>((resolve) => {
      const proc = child;
      if (!proc || proc.exitCode !== null) return resolve();
      proc.removeAllListeners("exit");
      proc.on("exit", () => resolve());
      proc.kill("SIGTERM");
    });
  await start();
  return {
    kind: "embedded",
    description: `the embedded PostgreSQL (PGlite) in a process of its own on port ${port}`,
    get url() {
      return url;
    },
    async restart({ downMs = 2000 } = {}) {
      await stopChild();
      await new Promise((r) => setTimeout(r, downMs));
      await start();
    },
    async stop() {
      await stopChild();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
