import { spawn, type ChildProcess } from "node:child_process";

/**
 * An app process as `npm start` runs it (prisma/start.ts: migrate, seed if
 * needed, `next start` of the existing build), on a given database and port.
 * Used by tests that need app processes of their own.
 */
export interface AppProcess {
  baseURL: string;
  /** Everything the process printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

export async function startApp(options: { databaseUrl: string; port: number; poolSize?: number; env?: Record<string, string>; timeoutMs?: number }): Promise<AppProcess> {
  const baseURL = `http://127.0.0.1:${options.port}`;
  let output = "";
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "prisma/start.ts"], {
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
    env: {
      ...process.env,
      ...options.env,
      DATABASE_URL: options.databaseUrl,
      DATABASE_POOL_SIZE: String(options.poolSize ?? 5),
      PORT: String(options.port),
      SITE_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.on("exit", () => resolve());
      // The process group: start.ts and the `next start` it runs.
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        resolve();
      }
    });
  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app on port ${options.port} exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${baseURL}/en`, { signal: AbortSignal.timeout(5000) });
      if (response.ok) return { baseURL, output: () => output, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`The app on port ${options.port} did not answer within the time limit:\n${output}`);
}
