import type { ReactNode } from 'react';
import type { Endpoint, ErrorRow, ErrorStatus } from '@/lib/endpoints';
import type { ErrorsContent } from '@/lib/endpoints/endpoint-content';
import { errorStatusSection } from '@/lib/endpoints/page-sections';
import { responseMedia } from '@/lib/endpoints/response-media';
import { reproduce } from '@/lib/try-it/reproductions';
import { ReproduceButton } from '../try-it/reproduce-button';
import { CodeBlock, JsonBlock } from '../code-block';
import { MediaContent } from './media-content';
import { StatusBadge } from './status-badge';
import { InlineCode } from '../inline-code';
import { InlineText } from '../inline-text';

export interface ErrorListProps {
  endpoint: Endpoint;
  /** What the section says and how it lists the errors (`endpointContent`). */
  content: ErrorsContent;
}

/** Every error type of the endpoint, grouped by status, each with its meaning and sample body in the HTML. */
export function ErrorList({ endpoint, content }: ErrorListProps) {
  const { errorStatuses } = endpoint;
  const rowsOf = (status: ErrorStatus) => endpoint.errors.filter((row) => row.status === status.status);
  return (
    <>
      <p>
        <InlineText text={content.intro} />
      </p>
      {errorStatuses.map((status) =>
        content.layout === 'typed' && rowsOf(status).some((row) => row.typed) ? (
          <TypedStatusSection key={status.status} endpoint={endpoint} status={status} rows={rowsOf(status)} />
        ) : (
          // a status the convention does not cover (no typed example) is shown as documented
          <StatusSection key={status.status} status={status} rows={rowsOf(status)} />
        ),
      )}
    </>
  );
}

/** One status of a typed document: each error type with its meaning, its catalogue page and a sample body. */
function TypedStatusSection({ endpoint, status, rows }: { endpoint: Endpoint; status: ErrorStatus; rows: ErrorRow[] }) {
  return (
    <StatusHeader status={status.status} description={status.description}>
      <ul className="not-prose m-0 flex list-none flex-col gap-3 p-0">
        {rows.map((row) => (
          <ErrorRowItem key={row.type} id={row.type} status={row.status} label={row.type} mono sample={<JsonBlock value={row.sample} title={`Sample body: ${row.type}`} />}>
            <p className="m-0"><InlineCode text={row.description} /></p>
            <a href={row.url} className="error-row-more">
              Causes, handling and other endpoints<span className="sr-only">: {row.type}</span>
            </a>
            <Reproduce endpoint={endpoint} type={row.type} />
          </ErrorRowItem>
        ))}
      </ul>
    </StatusHeader>
  );
}

/** A status's section: its heading and description, then what `children` list of it. */
function StatusHeader({ status, description, children }: { status: string; description?: string; children: ReactNode }) {
  const section = errorStatusSection(status);
  return (
    <section aria-labelledby={section.id}>
      <h3 id={section.id} className="flex flex-wrap items-baseline gap-2">
        <span>{section.title}</span>
      </h3>
      {description && <p className="text-fd-muted-foreground"><InlineCode text={description} /></p>}
      {children}
    </section>
  );
}

interface ErrorRowItemProps {
  /** The row's anchor: links to it land on the row. */
  id: string;
  status: string;
  label: string;
  /** An error type's name is code; a documented example's title is text. */
  mono?: boolean;
  sample: ReactNode;
  children?: ReactNode;
}

/** One error of a status: badge and name linking to itself, what it means, and its sample body beside. */
function ErrorRowItem({ id, status, label, mono, sample, children }: ErrorRowItemProps) {
  return (
    <li id={id} className="error-row">
      <div className="error-row-text">
        <div className="flex flex-wrap items-center gap-2">
          <StatusBadge status={status} />
          <a href={`#${id}`} className={mono ? 'error-row-type font-mono' : 'error-row-type'}>
            {label}
          </a>
        </div>
        {children}
      </div>
      <div className="min-w-0">{sample}</div>
    </li>
  );
}

function Reproduce({ endpoint, type }: { endpoint: Endpoint; type: string }) {
  const result = reproduce(endpoint, type);
  if (result.reproducible) return <ReproduceButton errorType={type} reproduction={result.reproduction} />;
  return <p className="m-0 text-xs text-fd-muted-foreground">Not reproducible from this page: {result.why}.</p>;
}

/** One error status as documented: description, media type, the fields of its schema, its examples. */
function StatusSection({ status: { status, description, response }, rows: ofStatus }: { status: ErrorStatus; rows: ErrorRow[] }) {
  // a status without named examples is one row, which the status's own heading already names
  const rows = ofStatus.filter((row) => row.title);
  const single = ofStatus.find((row) => !row.title);
  return (
    <StatusHeader status={status} description={description}>
      {response.contentType && (
        <>
          <p>
            <code>{response.contentType}</code>
          </p>
          <MediaContent
            media={{ ...responseMedia(response)!, example: undefined, exampleText: undefined }}
            exampleTitle=""
            request={false}
          />
        </>
      )}
      {single?.sample !== undefined && <JsonBlock value={single.sample} title={`Example ${status}`} />}
      {single?.sampleText !== undefined && <CodeBlock code={single.sampleText} lang="text" title={`Example ${status}`} />}
      {rows.length > 0 && (
        <ul className="not-prose m-0 flex list-none flex-col gap-3 p-0">
          {rows.map((row) => (
            <ErrorRowItem
              key={row.id}
              id={row.id}
              status={row.status}
              label={row.title ?? row.id}
              sample={
                <>
                  {row.sample !== undefined && <JsonBlock value={row.sample} title={`Example: ${row.title}`} />}
                  {row.sampleText !== undefined && <CodeBlock code={row.sampleText} lang="text" title={`Example: ${row.title}`} />}
                </>
              }
            >
              {row.description && row.description !== description && <p className="m-0"><InlineCode text={row.description} /></p>}
            </ErrorRowItem>
          ))}
        </ul>
      )}
    </StatusHeader>
  );
}
