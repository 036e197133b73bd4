'use client';
import { createContext, use, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent, type ReactNode } from 'react';
import { cn } from '@/lib/cn';

interface TabsState {
  id: string;
  active: string;
}

const TabsContext = createContext<TabsState | null>(null);
const changeEvent = 'site:tabs-change';

export interface TabsProps {
  items: string[];
  /** Tabs with the same group follow each other, and the choice is remembered. */
  groupId?: string;
  children: ReactNode;
}

const slug = (value: string) => value.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** Choices made on this page, for when storage refuses them: the group still follows. */
const pageChoices = new Map<string, string>();

function storedChoice(groupId: string): string | null {
  const chosen = pageChoices.get(groupId);
  if (chosen !== undefined) return chosen;
  try {
    return localStorage.getItem(`tabs:${groupId}`);
  } catch {
    return null;
  }
}

function subscribeToChoices(onChange: () => void) {
  window.addEventListener(changeEvent, onChange);
  return () => window.removeEventListener(changeEvent, onChange);
}

/**
 * Accessible tabs (arrow keys, Home, End). Every panel is in the HTML; without JavaScript the
 * `<noscript>` stylesheet of `DocumentHead` shows them one under the other.
 */
export function Tabs({ items, groupId, children }: TabsProps) {
  const id = useId();
  const [own, setOwn] = useState(items[0]);
  // the server renders the first tab; the remembered one takes over once hydrated
  const remembered = useSyncExternalStore(
    subscribeToChoices,
    () => (groupId ? storedChoice(groupId) : null),
    () => null,
  );
  const active = remembered && items.includes(remembered) ? remembered : own;
  const list = useRef<HTMLDivElement>(null);

  function select(value: string) {
    setOwn(value);
    if (!groupId) return;
    pageChoices.set(groupId, value);
    try {
      localStorage.setItem(`tabs:${groupId}`, value);
    } catch {
      // storage refused: the choice holds on this page
    }
    window.dispatchEvent(new CustomEvent(changeEvent, { detail: { groupId, value } }));
  }

  function onKeyDown(event: KeyboardEvent) {
    const index = items.indexOf(active);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: items.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const value = items[(next + items.length) % items.length];
    select(value);
    list.current?.querySelector<HTMLElement>(`[data-value="${CSS.escape(value)}"]`)?.focus();
  }

  return (
    <div className="not-prose my-4 overflow-hidden rounded-xl border bg-fd-secondary">
      <div ref={list} role="tablist" onKeyDown={onKeyDown} className="flex gap-3.5 overflow-x-auto px-4 text-sm text-fd-muted-foreground">
        {items.map((item) => (
          <button
            key={item}
            type="button"
            role="tab"
            id={`${id}-tab-${slug(item)}`}
            aria-controls={`${id}-panel-${slug(item)}`}
            aria-selected={item === active}
            tabIndex={item === active ? 0 : -1}
            data-value={item}
            onClick={() => select(item)}
            className={cn('py-2 whitespace-nowrap hover:text-fd-accent-foreground', item === active && 'font-medium text-fd-foreground shadow-[inset_0_-2px_0_currentColor]')}
          >
            {item}
          </button>
        ))}
      </div>
      <TabsContext value={{ id, active }}>{children}</TabsContext>
    </div>
  );
}

export interface TabProps {
  value: string;
  children: ReactNode;
}

export function Tab({ value, children }: TabProps) {
  const tabs = use(TabsContext);
  const active = tabs?.active === value;
  return (
    <div
      role="tabpanel"
      id={tabs ? `${tabs.id}-panel-${slug(value)}` : undefined}
      aria-labelledby={tabs ? `${tabs.id}-tab-${slug(value)}` : undefined}
      data-state={active ? 'active' : 'inactive'}
      tabIndex={0}
      className="bg-fd-background p-4 data-[state=inactive]:hidden [&>figure:only-child]:-m-4 [&>figure:only-child]:rounded-none [&>figure:only-child]:border-none"
    >
      {children}
    </div>
  );
}
