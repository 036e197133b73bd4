import type { Endpoint } from '@/lib/endpoints';
import { MethodBadge } from './method-badge';

export interface EndpointRequestLineProps {
  endpoint: Endpoint;
  /** The document's server (`documentedBaseUrl`), the same for every build and run. */
  baseUrl: string;
}

/** Method and full path, path parameters set apart, the base URL it is called on and the operationId. */
export function EndpointRequestLine({ endpoint, baseUrl }: EndpointRequestLineProps) {
  // break long paths only after a slash, never inside a segment
  const parts = endpoint.path.split(/(\{[^}]+\}|\/)/g).filter(Boolean);
  return (
    <div className="not-prose mb-6 flex flex-col gap-2">
      <div className="flex items-start gap-2 rounded-xl border bg-fd-card p-3">
        <MethodBadge method={endpoint.method} className="mt-0.5" />
        <code className="min-w-0 font-mono text-sm" aria-label={`${endpoint.method} ${endpoint.path}`}>
          {parts.map((part, index) =>
            part.startsWith('{') ? (
              <span key={index} className="text-fd-primary">
                {part}
              </span>
            ) : part === '/' ? (
              <span key={index}>
                /<wbr />
              </span>
            ) : (
              <span key={index}>{part}</span>
            ),
          )}
        </code>
      </div>
      <p className="m-0 text-xs text-fd-muted-foreground">
        {/* named as such: the try-it panel names the environment it actually sends to */}
        Base URL (the document&apos;s server): <code>{baseUrl}</code>
        {/* as written: the page's URL holds it made URL-safe (`Endpoint.key`) */}
        {endpoint.operationId && (
          <>
            {' · '}operationId: <code className="break-all">{endpoint.operationId}</code>
          </>
        )}
      </p>
    </div>
  );
}
