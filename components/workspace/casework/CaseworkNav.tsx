/** The sections of a client's casework, the current one marked for screen readers and sight. */
export function CaseworkNav({ label, items }: { label: string; items: { href: string; label: string; current: boolean }[] }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-1 gap-y-1 border-b border-slate-300">
        {items.map((item) => (
          <li key={item.href}>
            <a
              href={item.href}
              aria-current={item.current ? "page" : undefined}
              className={`inline-flex min-h-11 items-center rounded-t px-3 py-2 ${item.current ? "border border-b-0 border-slate-300 bg-white font-semibold no-underline" : ""}`}
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
