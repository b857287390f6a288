import type { ReactNode } from "react";

/** A page section with its h2; `id` is also the anchor the "On this page" list links to. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-4 space-y-3">
      <h2 id={`${id}-title`} className="text-xl font-semibold sm:text-2xl">
        {title}
      </h2>
      {children}
    </section>
  );
}
