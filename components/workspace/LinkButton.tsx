import type { ReactNode } from "react";
import { buttonClass, type ButtonVariant } from "@/components/journeys/ui";

/**
 * A link that looks like a button. The global `a { color }` rule is outside
 * Tailwind's layers and so beats `text-white`: the primary style forces its
 * white text, or it would be brand on brand.
 */
export function LinkButton({ children, href, variant = "primary" }: { children: ReactNode; href: string; variant?: ButtonVariant }) {
  return (
    <a href={href} className={`${buttonClass(variant)} inline-flex items-center no-underline ${variant === "primary" ? "text-white!" : ""}`}>
      {children}
    </a>
  );
}
