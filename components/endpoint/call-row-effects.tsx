'use client';
import { useEffect } from 'react';

const highlightClass = 'sample-line-highlight';

/** The last part of a field's name (`items[].id` → `id`): what a sample writes as a key. */
function keyOf(row: HTMLTableRowElement): string | undefined {
  const name = row.querySelector('td:first-child code')?.textContent?.trim();
  return name?.split(/\.|\[\]/).filter(Boolean).at(-1);
}

/** The first line of the sample on show that writes the key: `"key"`, `'key'`, `key=` or `key:`. */
function lineOf(samples: Element, key: string): Element | undefined {
  const patterns = [`"${key}"`, `'${key}'`, `${key}=`, `${key}:`];
  for (const line of samples.querySelectorAll('[role="tabpanel"]:not([data-state="inactive"]) .line')) {
    const text = line.textContent ?? '';
    if (patterns.some((pattern) => text.includes(pattern))) return line;
  }
  return undefined;
}

/**
 * Marks, in the sample beside the prose, the line that sets the parameter or body field being
 * pointed at (or focused). Nothing runs until then, and then only a search through one sample's
 * lines: the samples stay server HTML.
 */
function highlightSampleLines(row: HTMLElement): (() => void) | undefined {
  const prose = row.querySelector('.endpoint-prose');
  const samples = row.querySelector('.endpoint-samples');
  if (!prose || !samples) return undefined;
  let marked: Element | undefined;
  const clear = () => {
    marked?.classList.remove(highlightClass);
    marked = undefined;
  };
  const mark = (event: Event) => {
    const tableRow = (event.target as Element | null)?.closest?.<HTMLTableRowElement>('tbody tr');
    const key = tableRow && keyOf(tableRow);
    const line = key ? lineOf(samples, key) : undefined;
    if (line === marked) return;
    clear();
    line?.classList.add(highlightClass);
    marked = line;
  };
  prose.addEventListener('pointerover', mark);
  prose.addEventListener('focusin', mark);
  prose.addEventListener('pointerleave', clear);
  prose.addEventListener('focusout', clear);
  return () => {
    clear();
    prose.removeEventListener('pointerover', mark);
    prose.removeEventListener('focusin', mark);
    prose.removeEventListener('pointerleave', clear);
    prose.removeEventListener('focusout', clear);
  };
}

/**
 * Keeps the request line in view above the call: the stylesheet stacks the two only once it
 * knows the line's height (`--request-line-height`), which changes as the path wraps; without
 * it (no JavaScript) the line stays at the top of the right pane and the call sticks alone.
 */
function stickRequestLine(row: HTMLElement): (() => void) | undefined {
  const line = row.querySelector<HTMLElement>('.endpoint-request-line');
  if (!line || typeof ResizeObserver === 'undefined') return undefined;
  // the size comes with the observer's entry: reading it costs no layout of its own
  const observer = new ResizeObserver(([entry]) => {
    const height = entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height;
    row.style.setProperty('--request-line-height', `${Math.ceil(height)}px`);
  });
  observer.observe(line);
  return () => {
    observer.disconnect();
    row.style.removeProperty('--request-line-height');
  };
}

/** The small behaviours of the first row of an endpoint page (`CallRow`). */
export function CallRowEffects({ rowId }: { rowId: string }) {
  useEffect(() => {
    const row = document.getElementById(rowId);
    if (!row) return;
    const cleanups = [highlightSampleLines(row), stickRequestLine(row)];
    return () => {
      for (const cleanup of cleanups) cleanup?.();
    };
  }, [rowId]);
  return null;
}
