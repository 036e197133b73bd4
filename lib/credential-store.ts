/**
 * The reader's credentials for the try-it panel, one entry per security scheme (and per field of
 * a scheme that has several, such as HTTP basic's username and password), shared by every
 * endpoint page of the tab: in sessionStorage by default, all of them in localStorage when the
 * reader asks to be remembered on this device. Only the try-it panel reads them, to send them
 * through the site's proxy; the history, shared links and samples never hold them.
 */

/** Where the Wingfield API token has always been kept: a token saved before stays where it is. */
export const apiTokenSlot = 'wingfield-api-token';
const slotPrefix = 'wingfield-credential:';
/** Set in localStorage while "Remember on this device" is on: a preference, never a credential. */
const rememberKey = 'wingfield-credentials-remember';

/**
 * The storage key of one credential: the scheme's key, and the field for a scheme with several
 * (`basicAuth` → `…:basicAuth:username`). Keys are encoded, so that no scheme's key can name
 * another scheme's field.
 */
export function credentialSlot(schemeKey: string, field?: 'username' | 'password'): string {
  return `${slotPrefix}${encodeURIComponent(schemeKey)}${field ? `:${field}` : ''}`;
}

function isSlot(key: string | null): key is string {
  return key === apiTokenSlot || (key?.startsWith(slotPrefix) ?? false);
}

const listeners = new Set<() => void>();
const values = new Map<string, string>();
let remembered: boolean | undefined;
/** Changes with every credential and the preference: one snapshot for code that reads several. */
let version = 0;

export function getCredentialsVersion(): number {
  return version;
}

interface Storages {
  local?: Storage;
  session?: Storage;
}

function storages(): Storages {
  try {
    return { local: window.localStorage, session: window.sessionStorage };
  } catch {
    // storage can be disabled (privacy settings); credentials then live for this page only
    return {};
  }
}

/** The keys of this store's entries in one storage. */
function storedSlots(storage: Storage | undefined): string[] {
  const slots: string[] = [];
  if (!storage || typeof storage.length !== 'number') return slots;
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (isSlot(key)) slots.push(key);
  }
  return slots;
}

export function getRememberCredentials(): boolean {
  if (remembered === undefined) {
    const { local } = storages();
    try {
      remembered = local?.getItem(rememberKey) === '1' || local?.getItem(apiTokenSlot) != null || storedSlots(local).length > 0;
    } catch {
      remembered = false;
    }
  }
  return remembered;
}

export function getServerRememberCredentials(): boolean {
  return false;
}

/** One credential's value, `''` when there is none. */
export function getCredential(slot: string): string {
  let value = values.get(slot);
  if (value === undefined) {
    const { local, session } = storages();
    try {
      value = local?.getItem(slot) ?? session?.getItem(slot) ?? '';
    } catch {
      value = '';
    }
    values.set(slot, value);
  }
  return value;
}

export function getServerCredential(): string {
  return '';
}

function notify() {
  version++;
  for (const listener of listeners) listener();
}

function store(slot: string, value: string, remember: boolean) {
  const { local, session } = storages();
  try {
    local?.removeItem(slot);
    session?.removeItem(slot);
    if (value) (remember ? local : session)?.setItem(slot, value);
  } catch {
    // full or disabled storage: the value stays in memory for this page
  }
}

/** Sets one credential (trimmed: a pasted key often ends with a line break), where the preference says. */
export function setCredential(slot: string, value: string) {
  const trimmed = value.trim();
  values.set(slot, trimmed);
  store(slot, trimmed, getRememberCredentials());
  notify();
}

export function clearCredentials(slots: readonly string[]) {
  for (const slot of slots) {
    values.set(slot, '');
    store(slot, '', false);
  }
  notify();
}

/**
 * "Remember on this device": every credential moves to localStorage, or back to this tab's
 * sessionStorage, those of other pages included, so that turning it off leaves none on the device.
 */
export function setRememberCredentials(remember: boolean) {
  remembered = remember;
  const { local, session } = storages();
  try {
    for (const slot of new Set([...storedSlots(local), ...storedSlots(session), ...values.keys()])) {
      store(slot, getCredential(slot), remember);
    }
    if (remember) local?.setItem(rememberKey, '1');
    else local?.removeItem(rememberKey);
  } catch {
    // see storages()
  }
  notify();
}

export function subscribeCredentials(listener: () => void): () => void {
  listeners.add(listener);
  // another tab changed a remembered credential or the preference
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === rememberKey) remembered = undefined;
    if (event.key === null) values.clear();
    else if (isSlot(event.key)) values.delete(event.key);
    else if (event.key !== rememberKey) return;
    version++;
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** `tok_ext_v1_ab••••••••`: enough to recognise a credential, not enough to use it. */
export function maskCredential(value: string): string {
  if (!value) return '';
  const visible = Math.min(12, Math.floor(value.length / 3));
  return `${value.slice(0, visible)}${'•'.repeat(8)}`;
}
