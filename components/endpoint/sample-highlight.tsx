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
 * Pointing at (or focusing) a parameter or body field in the prose marks the line of the code
 * sample beside it that sets it. Nothing runs until then, and then only a search through one
 * sample's lines: the samples stay server HTML.
 */
export function SampleHighlight({ rowId }: { rowId: string }) {
  useEffect(() => {
    const row = document.getElementById(rowId);
    const prose = row?.querySelector('.endpoint-prose');
    const samples = row?.querySelector('.endpoint-samples');
    if (!prose || !samples) return;
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
  }, [rowId]);
  return null;
}
