'use client';
import { useSyncExternalStore } from 'react';
import { getApiToken, getServerApiToken, subscribeApiToken } from '@/lib/api-token-store';

export function useApiToken() {
  return useSyncExternalStore(subscribeApiToken, getApiToken, getServerApiToken);
}
