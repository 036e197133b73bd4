/**
 * Objects keyed by the document's names. A name is data: `__proto__` assigned with `out[name] =`
 * would replace the object's prototype instead of adding a property (the property vanishes, and
 * its value's keys show through as inherited ones), and `constructor` read with `record[name]`
 * finds Object's own function when the document has no such property.
 */

/** Adds `key` as an own, ordinary property, whatever its name. */
export function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** The value of `key` when `record` has it itself, never one inherited from Object. */
export function ownValue<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
