'use client';
import { useState } from 'react';
import { cn } from '@/lib/cn';

export interface CopyButtonProps {
  /** A URL whose body is copied (fetched when clicked); without it, the code of the button's `<figure>`. */
  url?: string;
  label: string;
  className?: string;
  children?: React.ReactNode;
}

function codeNear(button: HTMLElement): string {
  return button.closest('figure')?.querySelector('pre')?.textContent ?? '';
}

/** Copies the code of its `<figure>`, or the body of `url`; says "Copied" for 2 s. */
export function CopyButton({ url, label, className, children }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copy(button: HTMLElement) {
    try {
      const value = url ? await (await fetch(url)).text() : codeNear(button);
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 2000);
  }

  return (
    <button
      type="button"
      aria-label={children ? undefined : label}
      title={label}
      onClick={(event) => void copy(event.currentTarget)}
      className={cn('needs-js copy-button', className)}
    >
      {children ?? (
        <svg viewBox="0 0 24 24" aria-hidden="true" className="icon size-3.5">
          <rect x="8" y="8" width="13" height="13" rx="2" />
          <path d="M16 8V5a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v9a2 2 0 0 0 2 2h3" />
        </svg>
      )}
      <span aria-live="polite" className={cn(state === 'idle' && 'sr-only', 'text-xs')}>
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : ''}
      </span>
    </button>
  );
}
