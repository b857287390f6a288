import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";

/**
 * Password authentication in front of the embedded database. PGlite accepts
 * any user and password, so it listens only on a Unix socket inside its data
 * folder, and this loopback TCP front asks each client for the password
 * (PostgreSQL's MD5 exchange, which every driver speaks) before passing the
 * connection through. The password is random, generated once per data
 * folder and kept next to it, readable by its owner only.
 */

export const EMBEDDED_USER = "postgres";

export function passwordFile(dataDir: string): string {
  return `${dataDir.replace(/[/\\]+$/, "")}.password`;
}

/** The data folder's password, created on first use. */
export function embeddedPassword(dataDir: string): string {
  const file = passwordFile(dataDir);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const password = randomBytes(24).toString("base64url");
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return password;
}

const md5 = (text: Buffer | string) => createHash("md5").update(text).digest("hex");

function message(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, "latin1");
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

function fatal(code: string, text: string): Buffer {
  return message("E", Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${text}\0\0`, "utf8"));
}

/** Reads the startup parameters (user, database...) of a StartupMessage. */
function startupParams(packet: Buffer): Record<string, string> {
  const parts = packet.subarray(8).toString("utf8").split("\0");
  const params: Record<string, string> = {};
  for (let i = 0; i + 1 < parts.length; i += 2) if (parts[i]) params[parts[i]!] = parts[i + 1]!;
  return params;
}

/** Serves `host:port`, authenticating each connection, then piping it to the Unix socket `target`. */
export function startAuthFront(options: { host: string; port: number; target: string; password: string }): Promise<{ close(): void }> {
  const open = new Set<net.Socket>();
  const server = net.createServer((client) => {
    open.add(client);
    client.on("close", () => open.delete(client));
    let buffered = Buffer.alloc(0);
    let stage: "startup" | "password" = "startup";
    let startup: Buffer | null = null;
    let salt = Buffer.alloc(0);
    let user = EMBEDDED_USER;
    client.on("error", () => client.destroy());

    const onData = (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      for (;;) {
        if (stage === "startup") {
          if (buffered.length < 8) return;
          const length = buffered.readInt32BE(0);
          if (length < 8 || length > 10_000) return void client.destroy();
          if (buffered.length < length) return;
          const packet = buffered.subarray(0, length);
          buffered = buffered.subarray(length);
          const code = packet.readInt32BE(4);
          if (code === 80877103 || code === 80877104) {
            client.write("N"); // No SSL or GSS encryption on loopback: the client carries on in clear.
            continue;
          }
          startup = Buffer.from(packet);
          user = startupParams(startup).user ?? EMBEDDED_USER;
          salt = randomBytes(4);
          const body = Buffer.alloc(8);
          body.writeInt32BE(5, 0); // AuthenticationMD5Password
          salt.copy(body, 4);
          client.write(message("R", body));
          stage = "password";
        } else {
          if (buffered.length < 5) return;
          const length = buffered.readInt32BE(1);
          if (buffered[0] !== 0x70 || length < 4 || length > 1000) return void client.destroy(); // 'p'
          if (buffered.length < length + 1) return;
          const given = buffered.subarray(5, length + 1).toString("utf8").replace(/\0$/, "");
          const rest = buffered.subarray(length + 1);
          const expected = `md5${md5(Buffer.concat([Buffer.from(md5(options.password + user)), salt]))}`;
          const ok = given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
          if (!ok || user !== EMBEDDED_USER) {
            client.end(fatal("28P01", `password authentication failed for user "${user}"`));
            return;
          }
          client.off("data", onData);
          client.pause();
          const upstream = net.createConnection(options.target, () => {
            // PGlite answers the original startup with AuthenticationOk, its parameters and ReadyForQuery.
            upstream.write(startup!);
            if (rest.length) upstream.write(rest);
            client.pipe(upstream);
            upstream.pipe(client);
            client.resume();
          });
          upstream.on("error", () => client.destroy());
          client.on("close", () => upstream.destroy());
          upstream.on("close", () => client.destroy());
          return;
        }
      }
    };
    client.on("data", onData);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () =>
      resolve({
        close() {
          server.close();
          for (const socket of open) socket.destroy();
        },
      }),
    );
  });
}
