/** The page's content, in the root and the localized not-found pages: what happened and ways back. */
export function NotFoundBody({ title, body, links }: { title: string; body: string; links: { href: string; label: string }[] }) {
  return (
    <div className="space-y-3" data-testid="not-found">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p>{body}</p>
      <ul className="list-disc space-y-1 pl-5">
        {links.map((l) => (
          <li key={l.href}>
            <a href={l.href}>{l.label}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
