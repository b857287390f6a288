/** Links to the page's sections; hidden in print, where it would be noise. */
export function OnThisPage({ title, sections }: { title: string; sections: { id: string; title: string }[] }) {
  return (
    <nav aria-label={title} className="no-print rounded border border-slate-200 bg-[var(--color-surface)] p-3 text-sm">
      <h2 className="mb-1 font-semibold">{title}</h2>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {sections.map((section) => (
          <li key={section.id}>
            <a className="underline" href={`#${section.id}`}>{section.title}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
