import type { Endpoint, ErrorRow, ErrorStatus } from '@/lib/endpoints';
import { responseMedia } from '@/lib/endpoints/response-media';
import { errorTypeUrl } from '@/lib/errors/error-catalog';
import { reproduce } from '@/lib/try-it/reproductions';
import { ReproduceButton } from '../try-it/reproduce-button';
import { statusReason } from '@/lib/http-status';
import { CodeBlock, JsonBlock } from '../code-block';
import { loadDocument } from '@/lib/openapi/load-document';
import type { OpenAPIDocument } from '@/lib/openapi/types';
import { MediaContent } from './media-content';
import { StatusBadge } from './status-badge';
import { InlineCode } from '../inline-code';

export interface ErrorListProps {
  endpoint: Endpoint;
  raw?: OpenAPIDocument;
}

/** Every error type of the endpoint, grouped by status, each with its meaning and sample body in the HTML. */
export function ErrorList({ endpoint, raw }: ErrorListProps) {
  const rawDocument = raw ?? loadDocument().raw;
  const { errorStatuses } = endpoint;
  const errors = endpoint.errors.filter((row) => row.typed);
  if (!endpoint.profile.typedErrors || (errors.length === 0 && endpoint.errors.length > 0)) {
    return <StatusErrorList endpoint={endpoint} raw={rawDocument} />;
  }
  // typed errors come with the profile's envelope and guide (see lib/profile/wingfield.ts)
  const { guide, envelope } = endpoint.profile.errorHandling ?? { guide: '#errors', envelope: '{ "error": { "type" } }' };
  if (errors.length === 0) {
    return (
      <p>
        The error responses of this endpoint are not yet published. Handle errors by status and{' '}
        <code>error.type</code> as described in <a href={guide}>Error handling</a>.
      </p>
    );
  }
  return (
    <>
      <p>
        {errors.length} error {errors.length === 1 ? 'type' : 'types'} in {errorStatuses.length}{' '}
        {errorStatuses.length === 1 ? 'status' : 'statuses'}. Every error body has the shape{' '}
        <code>{envelope}</code>; branch on the status and <code>error.type</code>, never on the message. See{' '}
        <a href={guide}>Error handling</a>.
      </p>
      {errorStatuses.map((status) => {
        const rows = endpoint.errors.filter((row) => row.status === status.status);
        return rows.some((row) => row.typed) ? (
          <TypedStatusSection key={status.status} endpoint={endpoint} status={status} rows={rows} />
        ) : (
          // a status the convention does not cover (no typed example) is shown as documented
          <StatusSection key={status.status} status={status} rows={rows} raw={rawDocument} />
        );
      })}
    </>
  );
}

/** One status of a typed document: each error type with its meaning, its catalogue page and a sample body. */
function TypedStatusSection({ endpoint, status, rows }: { endpoint: Endpoint; status: ErrorStatus; rows: ErrorRow[] }) {
  return (
    <section aria-labelledby={`error-status-${status.status}`}>
      <h3 id={`error-status-${status.status}`} className="flex flex-wrap items-baseline gap-2">
        <span>
          {status.status} {statusReason(status.status)}
        </span>
      </h3>
      {status.description && <p className="text-fd-muted-foreground"><InlineCode text={status.description} /></p>}
      <ul className="not-prose m-0 flex list-none flex-col gap-3 p-0">
        {rows.map((row) => (
          <li
            key={row.type}
            id={row.type}
            className="error-row"
          >
            <div className="error-row-text">
              <div className="flex flex-wrap items-center gap-2">
                <StatusBadge status={row.status} />
                <a href={`#${row.type}`} className="error-row-type font-mono">
                  {row.type}
                </a>
              </div>
              <p className="m-0"><InlineCode text={row.description} /></p>
              <a href={errorTypeUrl(row.type)} className="error-row-more">
                Causes, handling and other endpoints<span className="sr-only">: {row.type}</span>
              </a>
              <Reproduce endpoint={endpoint} type={row.type} />
            </div>
            <div className="min-w-0">
              <JsonBlock value={row.sample} title={`Sample body: ${row.type}`} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Reproduce({ endpoint, type }: { endpoint: Endpoint; type: string }) {
  const result = reproduce(endpoint, type);
  if (result.reproducible) return <ReproduceButton errorType={type} reproduction={result.reproduction} />;
  return <p className="m-0 text-xs text-fd-muted-foreground">Not reproducible from this page: {result.why}.</p>;
}

/**
 * The errors of a document without typed errors: every error status with its description, the
 * fields of its schema and its examples, one row per named example.
 */
function StatusErrorList({ endpoint, raw }: { endpoint: Endpoint; raw: OpenAPIDocument }) {
  const { errors, errorStatuses } = endpoint;
  if (errorStatuses.length === 0) return <p>This operation documents no error responses.</p>;
  return (
    <>
      <p>
        {errorStatuses.length} error {errorStatuses.length === 1 ? 'status' : 'statuses'}.
      </p>
      {errorStatuses.map((status) => (
        <StatusSection key={status.status} status={status} rows={errors.filter((row) => row.status === status.status)} raw={raw} />
      ))}
    </>
  );
}

/** One error status as documented: description, media type, the fields of its schema, its examples. */
function StatusSection({ status: { status, description, response }, rows: ofStatus, raw }: { status: ErrorStatus; rows: ErrorRow[]; raw: OpenAPIDocument }) {
  // a status without named examples is one row, which the status's own heading already names
  const rows = ofStatus.filter((row) => row.title);
  const single = ofStatus.find((row) => !row.title);
  return (
    <section key={status} aria-labelledby={`error-status-${status}`}>
      <h3 id={`error-status-${status}`} className="flex flex-wrap items-baseline gap-2">
        <span>
          {status} {statusReason(status)}
        </span>
      </h3>
      {description && <p className="text-fd-muted-foreground"><InlineCode text={description} /></p>}
      {response.contentType && (
        <>
          <p>
            <code>{response.contentType}</code>
          </p>
          <MediaContent
            media={{ ...responseMedia(response)!, example: undefined, exampleText: undefined }}
            raw={raw}
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
            <li
              key={row.id}
              id={row.id}
              className="error-row"
            >
              <div className="error-row-text">
                <div className="flex flex-wrap items-center gap-2">
                  <StatusBadge status={row.status} />
                  <a href={`#${row.id}`} className="error-row-type">
                    {row.title}
                  </a>
                </div>
                {row.description && row.description !== description && <p className="m-0"><InlineCode text={row.description} /></p>}
              </div>
              <div className="min-w-0">
                {row.sample !== undefined && <JsonBlock value={row.sample} title={`Example: ${row.title}`} />}
                {row.sampleText !== undefined && (
                  <CodeBlock code={row.sampleText} lang="text" title={`Example: ${row.title}`} />
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
