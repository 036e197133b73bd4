import { getApiModel } from './endpoints';

export interface ApiEnvironment {
  id: string;
  label: string;
  /** Origin only (scheme, host, port): the proxy allows exactly these. */
  baseUrl: string;
}

/**
 * The environments an integrator can call. "Dev" is the document's server, replaced by
 * `WINGFIELD_DEV_URL` (staging, a local mock) when that is set.
 */
export function getEnvironments(): ApiEnvironment[] {
  const dev = process.env.WINGFIELD_DEV_URL?.trim() || getApiModel().serverUrl;
  return [{ id: 'dev', label: 'Dev', baseUrl: new URL(dev).origin }];
}

export function getDefaultEnvironment(): ApiEnvironment {
  return getEnvironments()[0];
}
