import type { IncomingMessage, ServerResponse } from "node:http";

export function isStaticPage(pathname: string): boolean;

export function withoutHydration(html: string): string;

export interface Rendered {
  status: number;
  headers: Headers;
  body: Buffer;
}

export function withInlineStyles(html: string, stylesheet: (href: string) => string | null): string;

export function builtStylesheets(distDir: string): (href: string) => string | null;

export function renderStatic(
  origin: string,
  ask: { method: string; path: string; headers: Record<string, string | string[] | undefined>; body?: import("node:stream").Readable },
  stylesheet?: (href: string) => string | null,
): Promise<Rendered>;

export function sendRendered(req: IncomingMessage, res: ServerResponse, page: Rendered): void;
