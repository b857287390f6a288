import { notFound } from "next/navigation";

// Any other address under a language: the localized not-found page, rendered
// per request inside the layout (so its scripts carry the CSP nonce).
export default function CatchAll() {
  notFound();
}
