import type { IncomingMessage, ServerResponse } from "node:http";

export const PAGE_CACHE_CONTROL: string;

export function cacheKey(req: { method?: string; url?: string; headers: Record<string, string | string[] | undefined> }): string | null;

export function withScriptHashes(html: string, csp: string): { html: string; csp: string };

export interface Fetched {
  status: number;
  headers: Headers;
  body: Buffer;
}

export interface PageCache {
  stats: { hits: number; misses: number; refreshes: number; uncacheable: number };
  clear(): void;
  serve(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
}

export function createPageCache(options: {
  fetchPage: (path: string, https: boolean) => Promise<Fetched>;
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
}): PageCache;
