'use client';
import { createContext, use, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useOperationContext } from 'fumadocs-openapi/ui';
import { validatorLoaders } from '@/lib/generated/validators';
import { validateRequest, type RequestIssue, type RequestValues, type Validators } from '@/lib/try-it/validate-request';
import { useTryIt } from './try-it-context';

interface ValidationValue {
  validators?: Validators;
  issues: RequestIssue[];
}

const ValidationContext = createContext<ValidationValue>({ issues: [] });

/** Validates the panel's request against the document as the user edits it (the form's own debounce). */
export function ValidationProvider({ children }: { children: ReactNode }) {
  const { key, parameters, body } = useTryIt();
  const { addListener, removeListener } = useOperationContext();
  const [validators, setValidators] = useState<Validators>();
  const [values, setValues] = useState<RequestValues>();

  useEffect(() => {
    let active = true;
    void validatorLoaders[key]?.().then((mod) => active && setValidators(mod.validators));
    return () => {
      active = false;
    };
  }, [key]);

  useEffect(() => {
    const listener: Parameters<typeof addListener>[0] = (data) =>
      setValues({ path: data.path, query: data.query, header: data.header, body: data.body });
    addListener(listener);
    return () => removeListener(listener);
  }, [addListener, removeListener]);

  const value = useMemo<ValidationValue>(
    () => ({
      validators,
      issues: validators && values ? validateRequest(validators, key, parameters, values, body) : [],
    }),
    [validators, values, key, parameters, body],
  );
  return <ValidationContext value={value}>{children}</ValidationContext>;
}

export function useValidation(): ValidationValue {
  return use(ValidationContext);
}

/** The messages about one parameter, or about the body (every pointer, or those under `prefix`). */
export function FieldIssues({ location, field, prefix }: { location: RequestIssue['location']; field?: string; prefix?: string }) {
  const { issues } = useValidation();
  const mine = issues.filter(
    (issue) =>
      issue.location === location &&
      (field === undefined || issue.field === field) &&
      (prefix === undefined || issue.field === prefix || issue.field.startsWith(`${prefix}/`)),
  );
  if (mine.length === 0) return null;
  return (
    <ul className="m-0 mt-1 list-none p-0 text-xs text-rose-700 dark:text-rose-300" aria-live="polite">
      {mine.map((issue, index) => (
        <li key={index}>
          {location === 'body' && issue.field === '' ? (
            issue.message
          ) : location === 'body' ? (
            <>
              <code>{issue.field}</code> {issue.message}
            </>
          ) : (
            <>
              {issue.field} {issue.message}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Above the panel: the request does not match the documented schema, and may still be sent. */
export function RequestMismatchNote() {
  const { issues } = useValidation();
  if (issues.length === 0) return null;
  return (
    <p role="status" className="m-0 rounded-lg border border-amber-600/40 bg-amber-50 p-3 text-sm dark:bg-amber-950/40">
      <strong>Before sending:</strong> This request does not match the documented schema ({issues.length} {issues.length === 1 ? 'issue' : 'issues'}, marked
      at the fields). You can still send it: the environment has the last word.
    </p>
  );
}
