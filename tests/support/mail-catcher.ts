import http from "node:http";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A local mail catcher for the end-to-end tests: an SMTP server that keeps
 * every message in memory, and a small JSON endpoint to read them.
 *   npx tsx tests/support/mail-catcher.ts <smtp port> <http port>
 *   GET  /messages?to=<address>   newest first: [{ to, subject, text, at }]
 *   GET  /health                  "ok"
 */

export interface CaughtMail {
  to: string[];
  subject: string;
  text: string;
  at: string;
}

const [smtpPort, httpPort] = process.argv.slice(2).map(Number);
if (!smtpPort || !httpPort) {
  console.error("usage: mail-catcher.ts <smtp port> <http port>");
  process.exit(2);
}

const messages: CaughtMail[] = [];

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        messages.unshift({
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          subject: mail.subject ?? "",
          text: mail.text ?? "",
          at: new Date().toISOString(),
        });
        callback();
      })
      .catch((error: Error) => callback(error));
  },
});
smtp.listen(smtpPort, "127.0.0.1");

http
  .createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (url.pathname === "/health") return void response.end("ok");
    if (url.pathname === "/messages") {
      const to = url.searchParams.get("to")?.toLowerCase();
      response.setHeader("Content-Type", "application/json");
      return void response.end(JSON.stringify(to ? messages.filter((m) => m.to.includes(to)) : messages));
    }
    response.statusCode = 404;
    response.end();
  })
  .listen(httpPort, "127.0.0.1", () => console.log(`Mail catcher: SMTP on ${smtpPort}, messages on http://127.0.0.1:${httpPort}/messages`));
