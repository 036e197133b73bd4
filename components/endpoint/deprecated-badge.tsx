export function DeprecatedBadge() {
  return (
    <span className="rounded-md bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-950 dark:text-amber-300">
      Deprecated
    </span>
  );
}
