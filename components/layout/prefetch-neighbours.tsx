'use client';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

export interface PrefetchNeighboursProps {
  /** The previous and next pages: where a reader going through the reference goes next. */
  urls: string[];
}

/**
 * Fetches the previous and next pages' payloads once the browser is idle, so that moving on by
 * the sidebar or the footer swaps the page at once. Other links wait until pointed at
 * (`FrameLink`); a reader who asked to save data gets neither.
 */
export function PrefetchNeighbours({ urls }: PrefetchNeighboursProps) {
  const router = useRouter();
  const key = urls.join(' ');
  useEffect(() => {
    const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
    if (connection?.saveData) return;
    const prefetch = () => {
      for (const url of key.split(' ')) if (url) router.prefetch(url);
    };
    // Safari has no requestIdleCallback
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = window.setTimeout(prefetch, 500);
      return () => window.clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(prefetch, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }, [key, router]);
  return null;
}
