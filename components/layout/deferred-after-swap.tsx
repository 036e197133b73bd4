'use client';
import { startTransition, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';

/**
 * Whether the page being drawn comes from a click on a link to another page without a `#section`:
 * only then can its lower part wait. A link to a section needs that section at once (the router
 * scrolls to it in the same commit), and back and forward restore a scroll position that needs
 * the page's whole height.
 */
let swapWithoutSection = false;

if (typeof document !== 'undefined') {
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const url = new URL(link.href, window.location.href);
      swapWithoutSection = url.origin === window.location.origin && url.pathname !== window.location.pathname && url.hash === '';
    },
    true,
  );
  window.addEventListener('popstate', () => {
    swapWithoutSection = false;
  });
}

const subscribeToNothing = () => () => {};

export interface DeferredAfterSwapProps {
  children: ReactNode;
}

/**
 * The part of a long page below its first screen. In the HTML of a full load it is there like
 * the rest (find-in-page, print and the page without JavaScript see all of it). After a page swap
 * it is drawn in the frame after the new page's first screen, so that React building it and the
 * browser laying out a page several screens long do not hold back the new title; until then a
 * screen-high space stands in for it.
 */
export function DeferredAfterSwap({ children }: DeferredAfterSwapProps) {
  // true on the server and while hydrating the HTML (whose content this is), false when mounted afterwards
  const fromHtml = useSyncExternalStore(subscribeToNothing, () => false, () => true);
  const [shown, setShown] = useState(() => fromHtml || !swapWithoutSection);

  useEffect(() => {
    if (shown) return;
    let timer = 0;
    // after the frame that paints the first screen
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setShown(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [shown]);

  useEffect(() => {
    // the swap has been drawn: a later render (a change of theme, a panel) does not defer again
    swapWithoutSection = false;
  }, []);

  return shown ? children : <div aria-hidden="true" style={{ minHeight: '100vh' }} />;
}
