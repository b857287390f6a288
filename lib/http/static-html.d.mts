import type { IncomingMessage, ServerResponse } from "node:http";

export function isStaticPage(pathname: string): boolean;

export function withoutHydration(html: string): string;

export interface Rendered {
  status: number;
  headers: Headers;
  body: Buffer;
}

export function renderStatic(origin: string, ask: { method: string; path: string; headers: Record<string, string | string[] | undefined>; body?: import("node:stream").Readable }): Promise<Rendered>;

export function sendRendered(req: IncomingMessage, res: ServerResponse, page: Rendered): void;
