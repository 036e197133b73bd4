'use client';
import { useEffect } from 'react';

/**
 * Sets `data-hydrated` on <html> once React has taken over the page, without rendering anything
 * again: the end-to-end tests wait for it before they click a control.
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = '';
  }, []);
  return null;
}
