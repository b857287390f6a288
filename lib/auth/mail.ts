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

export interface NewDeviceNotice {
  locale: "en" | "fr";
  at: Date;
  method: "email" | "passkey";
  device: { browser: string; os: string };
  ipAddress: string | null;
  accountUrl: string;
}

/** A sign-in from a browser not seen before on this account: when, from what, and what to do if it was not them (in the user's language first). */
export function newDeviceMail(to: string, notice: NewDeviceNotice): Mail {
  const when = (locale: "en" | "fr") =>
    new Intl.DateTimeFormat(locale === "fr" ? "fr-CA" : "en-CA", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(notice.at) + " UTC";
  const address = notice.ipAddress ?? "?";
  const en = [
    `Someone signed in to your Parallel account from a browser not used before:`,
    `- When: ${when("en")}`,
    `- Browser: ${notice.device.browser} on ${notice.device.os}`,
    `- Address: ${address}`,
    `- With: ${notice.method === "passkey" ? "a passkey" : "an email link"}`,
    "If it was you, there is nothing to do.",
    `If it was not you, open your account page and choose "Sign out everywhere", then tell your organization's administrator: ${notice.accountUrl}`,
  ];
  const fr = [
    `Quelqu’un s’est connecté à votre compte Parallel depuis un navigateur jamais utilisé auparavant :`,
    `- Quand : ${when("fr")}`,
    `- Navigateur : ${notice.device.browser} sur ${notice.device.os}`,
    `- Adresse : ${address}`,
    `- Avec : ${notice.method === "passkey" ? "une clé d’accès" : "un lien par courriel"}`,
    "Si c’était vous, il n’y a rien à faire.",
    `Sinon, ouvrez la page de votre compte, choisissez « Me déconnecter partout », puis prévenez l’administrateur de votre organisation : ${notice.accountUrl}`,
  ];
  const [first, second] = notice.locale === "fr" ? [fr, en] : [en, fr];
  return {
    to,
    subject: notice.locale === "fr" ? "Nouvelle connexion à Parallel / New sign-in to Parallel" : "New sign-in to Parallel / Nouvelle connexion à Parallel",
    text: [...first, "", ...second].join("\n"),
  };
}
