'use client';
import { useEffect, useEffectEvent, useId, useRef } from 'react';
import { FieldSet } from '@fumadocs/api-docs/components/playground/inputs';
import { dereferenceShallow } from '@fumadocs/api-docs/schema/dereference';
import { Custom } from 'fumadocs-openapi/playground/client';
import { formatBytes, formatSize, proxyDefaults } from '@/lib/proxy/proxy-limits';
import { fileSizeProblem, type FileBody, type FilePart } from '@/lib/try-it/file-parts';
import { useRequestState } from './request-state';
import { useFormEngine } from './use-form-engine';
import { FieldIssues } from './validation-context';

type FieldKey = Parameters<typeof Custom.useController>[0];
type Schema = Parameters<typeof FieldSet>[0]['field'];

export interface FileBodyFieldProps {
  body: NonNullable<FileBody>;
  /** The body's schema as the playground has it (its `$ref`s resolved one level at a time). */
  schema: Schema;
}

const isFile = (value: unknown): value is File => value instanceof File;
const proxyLimit = formatBytes(proxyDefaults.maxRequestBytes);

/**
 * One part's file picker (several files for an array), with the chosen names and sizes, and the
 * reason a file cannot go through the proxy, said before Send is pressed.
 */
function FilePicker({ fieldName, label, multiple, required, accept }: { fieldName: FieldKey; label: string; multiple: boolean; required: boolean; accept?: string }) {
  const { value, setValue } = Custom.useController(fieldName);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const files = multiple ? (Array.isArray(value) ? value.filter(isFile) : []) : isFile(value) ? [value] : [];
  const problem = fileSizeProblem(files, proxyDefaults.maxRequestBytes, proxyLimit);

  // a value that is no file (an example's placeholder, `{}` from a saved request) is never sent as one
  const chosen = files.length > 0;
  const holdsOther = value !== undefined && !(multiple ? Array.isArray(value) && value.every(isFile) : isFile(value));
  useEffect(() => {
    if (holdsOther) setValue(undefined);
    if (!chosen && input.current) input.current.value = '';
  }, [holdsOther, chosen, setValue]);

  return (
    <div className="flex flex-col gap-1.5 text-sm">
      <label htmlFor={id} className="inline-flex w-full items-center gap-1 font-mono font-medium">
        {label}
        {required && <span className="text-red-400/80">*</span>}
        <code className="ms-auto text-xs text-fd-muted-foreground">{multiple ? 'array<file>' : 'file'}</code>
      </label>
      <input
        ref={input}
        id={id}
        type="file"
        multiple={multiple}
        accept={accept}
        aria-describedby={problem ? `${id}-problem` : undefined}
        aria-invalid={!!problem}
        onChange={(event) => {
          const list = [...(event.target.files ?? [])];
          setValue(multiple ? list : list[0]);
        }}
        className="rounded-md border bg-fd-background p-1.5 text-xs file:me-2 file:rounded file:border-0 file:bg-fd-secondary file:px-2 file:py-1"
      />
      {chosen && (
        <ul aria-label={`Files chosen for ${label}`} className="m-0 list-none p-0 text-xs text-fd-muted-foreground">
          {files.map((file, index) => (
            <li key={index}>
              {file.name} ({formatSize(file.size)})
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p id={`${id}-problem`} role="alert" className="m-0 text-xs text-rose-700 dark:text-rose-300">
          Cannot be sent: {problem}. Choose a smaller file.
        </p>
      )}
    </div>
  );
}

/**
 * The body of a multipart upload or of a binary media type: file parts (and a binary body) are
 * file pickers, the other parts fumadocs' own fields. A file is never in a shared link or the
 * history, so a request loaded from one leaves the pickers empty, to be chosen again.
 */
export function FileBodyField({ body, schema }: FileBodyFieldProps) {
  const engine = useFormEngine();
  const { fill, loadedFrom } = useRequestState();
  const resolved = dereferenceShallow(schema) as Exclude<Schema, boolean>;
  const parts = body.kind === 'multipart' ? body.parts : [];
  const properties = (typeof resolved === 'object' && resolved.properties) || {};
  const required = (typeof resolved === 'object' && resolved.required) || [];

  // see ParameterField: fields take a fill in their own effects, before the playground's
  const applyFill = useEffectEvent(() => {
    if (!fill) return;
    if (body.kind === 'file') {
      engine.update(['body'], undefined);
      return;
    }
    const values = fill.values.body && typeof fill.values.body === 'object' ? (fill.values.body as Record<string, unknown>) : {};
    for (const name of Object.keys(properties)) {
      const isFilePart = parts.some((part) => part.name === name);
      if (!isFilePart && name in values) engine.update(['body', name], values[name]);
      else engine.delete(['body', name]);
    }
  });
  const fillId = fill?.id;
  useEffect(() => {
    if (fillId !== undefined) applyFill();
  }, [fillId]);

  const picker = (part: FilePart, fieldName: FieldKey) => (
    <FilePicker key={part.name} fieldName={fieldName} label={part.name} multiple={part.multiple} required={part.required} accept={part.accept} />
  );

  return (
    <div className="flex flex-col gap-3">
      {loadedFrom && <p className="m-0 text-xs text-fd-muted-foreground">Files are never kept in shared links or the history: choose them again.</p>}
      {body.kind === 'file'
        ? picker({ name: 'Body (file)', multiple: false, required: true, accept: body.accept }, ['body'])
        : Object.entries(properties).map(([name, property]) => {
            const part = parts.find((candidate) => candidate.name === name);
            return part ? (
              picker(part, ['body', name])
            ) : (
              <FieldSet key={name} name={name} field={property as Schema} fieldName={['body', name]} isRequired={required.includes(name)} />
            );
          })}
      <FieldIssues location="body" />
    </div>
  );
}
