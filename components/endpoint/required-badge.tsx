export function RequiredBadge({ required }: { required: boolean }) {
  return required ? (
    <span className="text-xs font-medium text-rose-700 dark:text-rose-400">required</span>
  ) : (
    <span className="text-xs text-fd-muted-foreground">optional</span>
  );
}
