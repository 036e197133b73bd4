import type { Explanation } from '@/lib/try-it/explain-response';
import { cn } from '@/lib/cn';
import { InlineCode } from '../inline-code';

const tone = {
  good: 'border-emerald-600/40 bg-emerald-50 dark:bg-emerald-950/40',
  warn: 'border-amber-600/40 bg-amber-50 dark:bg-amber-950/40',
  bad: 'border-rose-600/40 bg-rose-50 dark:bg-rose-950/40',
};

/** One or two sentences on what the answer means and what to do. */
export function ResponseExplanation({ explanation, labelledBy }: { explanation: Explanation; labelledBy?: string }) {
  const [title, body, level] = describe(explanation);
  return (
    <div role="status" aria-labelledby={labelledBy} className={cn('rounded-lg border p-3 text-sm', tone[level])}>
      <p className="m-0 font-medium">{title}</p>
      <div className="mt-1">{body}</div>
    </div>
  );
}

function describe(e: Explanation): [string, React.ReactNode, keyof typeof tone] {
  switch (e.kind) {
    case 'success':
      return e.documented
        ? ['Success', <>The documented success response ({e.status}).</>, 'good']
        : ['Not documented', <>Status {e.status} is not a documented response of this endpoint.</>, 'warn'];
    case 'documented-error':
      return [
        `Documented error: ${e.type}`,
        <>
          <InlineCode text={e.description} />{' '}
          <a href={e.anchor} className="underline">
            See <code>{e.type}</code> in the error list
          </a>
          .
        </>,
        'warn',
      ];
    case 'undocumented-error':
      return [
        'Not documented for this endpoint',
        <>
          {e.type ? (
            <>
              Error type <code>{e.type}</code> with status {e.status} is not documented for this endpoint
              {e.typeDocumentedElsewhere ? <> (it is documented here with status {e.typeDocumentedElsewhere})</> : null}.
            </>
          ) : (
            <>Status {e.status} is {e.statusDocumented ? 'documented, but this body has no error type' : 'not documented for this endpoint'}.</>
          )}{' '}
          The documentation and the environment disagree; the body below is what came back.
        </>,
        'bad',
      ];
    case 'proxy':
      return [`The request was not completed: ${e.type}`, <>{e.message} {e.advice}</>, 'bad'];
    case 'not-json':
      return [
        'The answer is not JSON',
        <>
          Content type: <code>{e.contentType}</code>. {e.advice}
        </>,
        'bad',
      ];
    case 'network':
      return ['No answer', <>{e.advice}</>, 'bad'];
  }
}
