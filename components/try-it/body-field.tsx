'use client';
import { useEffect, useEffectEvent, useState } from 'react';
import { FieldSet } from '@fumadocs/api-docs/components/playground/inputs';
import { Custom } from 'fumadocs-openapi/playground/client';
import { jsonProblem } from '@/lib/try-it/json-position';
import { updateRequestState, useRequestState } from './request-state';
import { useFormEngine } from './use-form-engine';
import { FieldIssues } from './validation-context';

export interface BodyFieldProps {
  schema: Parameters<typeof FieldSet>[0]['field'];
}

/**
 * The request body as a form or as raw JSON. Unlike fumadocs' own editor, text that is not JSON
 * is reported with its line and column and blocks sending, instead of the last valid body going out.
 */
export function BodyField({ schema }: BodyFieldProps) {
  const { value, setValue } = Custom.useController(['body']);
  const engine = useFormEngine();
  const { fill, jsonProblem: problem } = useRequestState();
  const [mode, setMode] = useState<'form' | 'json'>('form');
  // the editor's text, as typed since the fill it started from; a newer fill shows its own body
  const [draft, setDraft] = useState<{ text: string; fillId?: number }>({ text: '' });
  const text = draft.fillId === fill?.id ? draft.text : JSON.stringify(fill?.values.body ?? {}, null, 2);

  // see ParameterField: the fill lands before the playground's own effects, which keep it
  const applyFill = useEffectEvent(() => {
    if (!fill) return;
    const body = fill.values.body ?? {};
    replaceBody(body);
    updateRequestState({ jsonProblem: undefined });
  });
  const fillId = fill?.id;
  useEffect(() => {
    if (fillId !== undefined) applyFill();
  }, [fillId]);

  /**
   * Field by field: the form's inputs and the request listen to their own field, and a whole-body
   * update does not reach them; fields the new body lacks are removed.
   */
  function replaceBody(next: unknown) {
    const current = engine.get(['body']);
    if (!next || typeof next !== 'object' || Array.isArray(next) || !current || typeof current !== 'object') {
      setValue(next);
      return;
    }
    for (const key of Object.keys(current)) if (!(key in next)) engine.delete(['body', key]);
    for (const [key, item] of Object.entries(next)) engine.update(['body', key], item);
  }

  function openJson() {
    setDraft({ text: JSON.stringify(value ?? {}, null, 2), fillId: fill?.id });
    setMode('json');
  }

  function closeJson() {
    updateRequestState({ jsonProblem: undefined });
    setMode('form');
  }

  function editJson(next: string) {
    setDraft({ text: next, fillId: fill?.id });
    const found = jsonProblem(next);
    updateRequestState({ jsonProblem: found });
    if (!found) replaceBody(JSON.parse(next));
  }

  return (
    <div className="flex flex-col gap-2">
      <div className="flex gap-2">
        <button
          type="button"
          onClick={mode === 'form' ? openJson : closeJson}
          disabled={mode === 'json' && !!problem}
          className="rounded-md border px-2 py-1 text-xs hover:bg-fd-accent disabled:opacity-50"
        >
          {mode === 'form' ? 'Edit as JSON' : 'Back to the form'}
        </button>
      </div>
      {mode === 'form' ? (
        <FieldSet field={schema} fieldName={['body']} collapsible={false} isRequired name="Body fields" />
      ) : (
        <>
          <label className="text-xs font-medium" htmlFor="try-it-json-body">
            Body (JSON)
          </label>
          <textarea
            id="try-it-json-body"
            value={text}
            onChange={(event) => editJson(event.target.value)}
            spellCheck={false}
            aria-invalid={!!problem}
            aria-describedby={problem ? 'try-it-json-problem' : undefined}
            className="h-60 resize-y rounded-lg border bg-fd-secondary p-2 font-mono text-sm"
          />
          {problem && (
            <p id="try-it-json-problem" role="alert" className="m-0 text-xs text-rose-700 dark:text-rose-300">
              Not valid JSON at line {problem.line}, column {problem.column}: {problem.message}. The request will not be sent
              until this is fixed.
            </p>
          )}
        </>
      )}
      <FieldIssues location="body" />
    </div>
  );
}
