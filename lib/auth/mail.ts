import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";

/**
 * Emails of the workspace (sign-in links, invitations), in English and
 * French in one message: the recipient may not have chosen a language yet.
 * With SMTP_URL they go through that server; without, they are written to
 * the server log so a new install can still sign in.
 */

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

let transport: nodemailer.Transporter | null = null;

export async function sendMail(mail: Mail): Promise<void> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) {
    console.log(`[mail] No SMTP_URL: not sent. To ${mail.to}: ${mail.subject}\n${mail.text}`);
    return;
  }
  transport ??= nodemailer.createTransport(SMTP_URL);
  await transport.sendMail({ from: MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
}

/** The sign-in email: the link, how long it lasts, and that it can be ignored. */
export function signInMail(to: string, url: string, minutes: number): Mail {
  return {
    to,
    subject: "Sign in to Parallel / Connexion à Parallel",
    text: [
      `Sign in to the Parallel workspace with this link (valid ${minutes} minutes, once):`,
      url,
      "If you did not ask for it, ignore this email.",
      "",
      `Connectez-vous à l’espace de travail Parallel avec ce lien (valable ${minutes} minutes, une seule fois) :`,
      url,
      "Si vous ne l’avez pas demandé, ignorez ce courriel.",
    ].join("\n"),
  };
}

export function invitationMail(to: string, organization: string, url: string, days: number): Mail {
  return {
    to,
    subject: `${organization} invites you to Parallel / ${organization} vous invite sur Parallel`,
    text: [
      `${organization} invites you to its Parallel workspace. Accept within ${days} days:`,
      url,
      "",
      `${organization} vous invite dans son espace de travail Parallel. Acceptez dans les ${days} jours :`,
      url,
    ].join("\n"),
  };
}
