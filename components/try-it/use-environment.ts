'use client';
import { useEffect, useRef } from 'react';
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
  // chosen variables are set once the environment is: the playground's provider, mounting with the
  // panel, reads back the environment it remembered (with its defaults) after a link chose one
  const pending = useRef<{ url: string; variables: Record<string, string> }>(undefined);
  useEffect(() => {
    const wanted = pending.current;
    if (!wanted || server?.url !== wanted.url) return;
    if (sameValues(server.variables, wanted.variables)) pending.current = undefined;
    else setServerVariables(wanted.variables);
  }, [server, setServerVariables]);
  const select = (label: string | undefined, variables?: Record<string, string>) => {
    const found = list.find((item) => item.label === label);
    if (!found) return;
    setServer(found.url);
    pending.current = variables && found.variables ? { url: found.url, variables: { ...defaultsOf(found.variables), ...variables } } : undefined;
  };
  const serverVariables = current?.variables ? server?.variables : undefined;
  return { environment: current?.label, serverVariables, serverTemplates, labels: list.map((item) => item.label), select };
}

function defaultsOf(variables: Record<string, { default?: unknown }> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(variables ?? {}).map(([name, variable]) => [name, String(variable.default ?? '')]));
}

function sameValues(a: Record<string, string> | undefined, b: Record<string, string>): boolean {
  const keys = new Set([...Object.keys(a ?? {}), ...Object.keys(b)]);
  return [...keys].every((key) => a?.[key] === b[key]);
}
