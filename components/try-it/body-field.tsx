'use client';
import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { FieldSet } from '@fumadocs/api-docs/components/playground/inputs';
import { Custom } from 'fumadocs-openapi/playground/client';
import { getBodyJsonState, setBodyJsonError, subscribeBodyJson } from '@/lib/try-it/body-json-store';
import { findJsonSyntaxError } from '@/lib/try-it/json-syntax';

type BodySchema = Parameters<typeof FieldSet>[0]['field'];

const buttonClass = 'w-fit rounded-md border px-2 py-1 font-mono text-xs hover:bg-fd-accent';

/** The body as JSON text: checked as it is typed; while it is not JSON, Send sends nothing and says where it breaks. */
function JsonBodyEditor() {
  const { value, setValue } = Custom.useController(['body']);
  const [text, setText] = useState(() => JSON.stringify(value ?? {}, null, 2));
  const { error, refusedSends } = useSyncExternalStore(subscribeBodyJson, getBodyJsonState, getBodyJsonState);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  useEffect(() => () => setBodyJsonError(undefined), []);
  useEffect(() => {
    if (refusedSends > 0) textarea.current?.focus();
  }, [refusedSends]);

  return (
    <div className="flex flex-col overflow-hidden rounded-lg border bg-fd-secondary text-fd-secondary-foreground">
      <textarea
        ref={textarea}
        aria-label="Request body (JSON)"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        value={text}
        spellCheck={false}
        className="h-[240px] resize-y p-2 font-mono text-sm focus-visible:outline-none"
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          const problem = findJsonSyntaxError(next);
          setBodyJsonError(problem);
          if (!problem) setValue(JSON.parse(next));
        }}
      />
      {error && (
        <p id={`${id}-error`} role="alert" className="m-0 border-t p-2 font-mono text-xs text-rose-700 dark:text-rose-300">
          {refusedSends > 0 ? 'Not sent. ' : ''}
          {error.message}
        </p>
      )}
    </div>
  );
}

/** The request body: fumadocs' form, or a JSON editor that refuses to send what is not JSON. */
export function BodyField({ schema, mediaType }: { schema: BodySchema; mediaType: string }) {
  const [json, setJson] = useState(false);
  if (!/json/i.test(mediaType)) return <FieldSet field={schema} fieldName={['body']} collapsible={false} isRequired />;
  if (json) {
    return (
      <>
        <button type="button" className={buttonClass} onClick={() => setJson(false)}>
          Close JSON Editor
        </button>
        <JsonBodyEditor />
      </>
    );
  }
  return (
    <FieldSet
      field={schema}
      fieldName={['body']}
      collapsible={false}
      isRequired
      name={
        <button type="button" className={buttonClass} onClick={() => setJson(true)}>
          Open JSON Editor
        </button>
      }
    />
  );
}
