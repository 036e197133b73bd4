'use client';
import { useEffect } from 'react';

async function copiedText(button: HTMLButtonElement): Promise<string> {
  if (button.dataset.copyText !== undefined) return button.dataset.copyText;
  const url = button.dataset.copy;
  if (url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.text();
  }
  return button.closest('figure')?.querySelector('pre')?.textContent ?? '';
}

/** Says "Copied" (or "Copy failed") in the button's live region for 2 s. */
function report(button: HTMLButtonElement, message: string) {
  const status = button.querySelector<HTMLElement>('[aria-live]');
  if (!status) return;
  status.textContent = message;
  status.classList.remove('sr-only');
  clearTimeout(Number(button.dataset.copyTimer));
  button.dataset.copyTimer = String(
    window.setTimeout(() => {
      status.textContent = '';
      status.classList.add('sr-only');
    }, 2000),
  );
}

/** Makes every `CopyButton` on the page work, through one click listener. */
export function CopyButtons() {
  useEffect(() => {
    function onClick(event: MouseEvent) {
      const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('button[data-copy]');
      if (!button) return;
      copiedText(button)
        .then((text) => navigator.clipboard.writeText(text))
        .then(
          () => report(button, 'Copied'),
          () => report(button, 'Copy failed'),
        );
    }
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
  return null;
}
