import { randomBytes } from 'node:crypto';
import { mockDevUrl } from './ports';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | undefined>;
  body: string;
}

/** A token of the published shape, unique to one test, so that parallel tests never share mock state. */
export function uniqueToken(): string {
  return `tok_ext_v1_${randomBytes(6).toString('hex')}.${randomBytes(6).toString('hex')}`;
}

export async function receivedBy(token: string): Promise<RecordedRequest[]> {
  const response = await fetch(`${mockDevUrl}/__recorder/requests?token=${encodeURIComponent(token)}`);
  return (await response.json()) as RecordedRequest[];
}

export type MockFault = 'hang-up' | 'html' | 'silent' | 'set-cookie' | 'redirect-to' | 'stream-12mb';

/**
 * Steers the mock's answer to the next request carrying `token` (`location`: where `redirect-to`
 * points; `respond`: an answer of our own, outside the document).
 */
export async function planNext(
  token: string,
  plan: { prefer?: string; fault?: MockFault; location?: string; respond?: { status: number; body: unknown } },
) {
  await fetch(`${mockDevUrl}/__recorder/plan`, { method: 'POST', body: JSON.stringify({ token, ...plan }) });
}
