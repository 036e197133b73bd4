'use client';
import { useServerContext } from 'fumadocs-openapi/ui';
import type { ShareTarget } from '@/lib/try-it/share-link';

/** The selected environment's label and its server variables, as links and the history name them. */
export function useEnvironment() {
  const { server, servers, setServer, setServerVariables } = useServerContext();
  const list = (servers ?? []).map((item) => ({ label: item.name ?? item.url ?? '', url: item.url ?? '', variables: item.variables }));
  const current = list.find((item) => item.url === server?.url);
  const serverTemplates = Object.fromEntries(
    list.flatMap((item) =>
      item.variables
        ? [[item.label, { url: item.url, variables: Object.fromEntries(Object.entries(item.variables).map(([name, variable]) => [name, { ...variable, default: String(variable.default ?? '') }])) }]]
        : [],
    ),
  ) as ShareTarget['serverTemplates'];
  const select = (label: string | undefined, variables?: Record<string, string>) => {
    const found = list.find((item) => item.label === label);
    if (!found) return;
    setServer(found.url);
    if (variables) setServerVariables({ ...defaultsOf(found.variables), ...variables });
  };
  const serverVariables = current?.variables ? server?.variables : undefined;
  return { environment: current?.label, serverVariables, serverTemplates, labels: list.map((item) => item.label), select };
}

function defaultsOf(variables: Record<string, { default?: unknown }> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(variables ?? {}).map(([name, variable]) => [name, String(variable.default ?? '')]));
}
