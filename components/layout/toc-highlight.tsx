'use client';
import { useEffect } from 'react';

/**
 * Marks the table of contents' link of the section being read (`data-active`). The links are
 * server HTML; this only sets an attribute on them, so it costs a few hundred bytes.
 */
export function TocHighlight({ containerId }: { containerId: string }) {
  useEffect(() => {
    const container = document.getElementById(containerId);
    if (!container) return;
    const links = new Map<string, HTMLAnchorElement>();
    for (const link of container.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) links.set(decodeURIComponent(link.hash.slice(1)), link);
    if (links.size === 0) return;

    // looked up on each update: after a page swap the lower sections are drawn a frame later
    // (`DeferredAfterSwap`)
    const update = () => {
      const headings = [...links.keys()].map((id) => document.getElementById(id)).filter((heading): heading is HTMLElement => !!heading);
      if (headings.length === 0) return;
      // a heading in a column that stays in view (an endpoint's call beside its prose) is always
      // above the line while it sticks: the section being read is then the prose's
      const columns = headings.map((heading) => heading.closest<HTMLElement>('[data-sticky-column]'));
      // the last heading above the upper third of the window is the section being read
      const line = window.innerHeight / 3;
      let current = headings[0];
      headings.forEach((heading, index) => {
        const column = columns[index];
        if (column && getComputedStyle(column).position === 'sticky') return;
        if (heading.getBoundingClientRect().top <= line) current = heading;
      });
      for (const [id, link] of links) link.toggleAttribute('data-active', id === current.id);
    };
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(update);
    };
    // after the first frame has been painted: reading positions before it would force a layout
    // that the new page's first paint waits for
    let timer = 0;
    frame = requestAnimationFrame(() => {
      timer = window.setTimeout(update);
    });
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
    };
  }, [containerId]);
  return null;
}
