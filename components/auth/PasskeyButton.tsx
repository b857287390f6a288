"use client";

import { useState } from "react";
import { signIn } from "next-auth/webauthn";

/**
 * Sign in with a passkey, or (signed in) add one on this device. The browser
 * asks for the fingerprint, face or PIN; next-auth checks the answer.
 */
export function PasskeyButton({ mode, label, failed, done, next }: { mode: "signin" | "register"; label: string; failed: string; done?: string; next: string }) {
  const [state, setState] = useState<"idle" | "busy" | "failed" | "done">("idle");
  async function run() {
    setState("busy");
    try {
      if (mode === "register") {
        const result = await signIn("passkey", { action: "register", redirect: false });
        const ok = Boolean(result?.ok && !result.error);
        setState(ok ? "done" : "failed");
        if (ok) window.location.assign(next);
      } else {
        await signIn("passkey", { redirectTo: next });
      }
    } catch {
      setState("failed");
    }
  }
  return (
    <div>
      <button
        type="button"
        onClick={run}
        disabled={state === "busy"}
        aria-busy={state === "busy"}
        className="min-h-11 rounded border border-[var(--color-brand)] px-4 py-2 font-semibold text-[var(--color-brand)] hover:bg-slate-50 disabled:opacity-60"
      >
        {label}
      </button>
      <p role="status" className="mt-2 text-sm">
        {state === "failed" ? failed : state === "done" && done ? done : ""}
      </p>
    </div>
  );
}
