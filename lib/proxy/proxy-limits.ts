// No imports: the try-it panel's explanations run in the browser and quote these limits, so this
// module must not pull server code into the client bundle.

/** The try-it proxy's default bounds; `createProxy` options and `proxy-settings` may narrow them. */
export const proxyDefaults = {
  maxRequestBytes: 1024 * 1024,
  maxResponseBytes: 10 * 1024 * 1024,
  timeoutMs: 15_000,
  maxRedirects: 5,
  /** Exchanges with the API at once per instance: above the load test's 100 connections, far below what memory allows. */
  maxConcurrent: 128,
} as const;

/** A byte limit as a reader reads it: `1 MiB`, `512 KiB`. */
export function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MiB` : `${Math.round(bytes / 1024)} KiB`;
}

/** A size as it comes, in the unit that reads best: `512 B`, `8.5 KiB`, `380 KiB`, `12.4 MiB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** A duration as a reader reads it: `15 s`, `1500 ms`. */
export function formatDuration(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
