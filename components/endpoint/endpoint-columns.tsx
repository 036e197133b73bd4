import type { ReactNode } from 'react';
import { CallRowEffects } from './call-row-effects';

/**
 * The two panes of an endpoint page (from 80rem, `app/global.css`): prose on the left, the call
 * and its examples on the right, in view while the prose beside them is read. The HTML is in
 * reading order, so that the page reads as one column below that width and without the stylesheet.
 */
export function EndpointColumns({ children }: { children: ReactNode }) {
  return <div className="endpoint-layout">{children}</div>;
}

export interface CallRowProps {
  /** Method and path: first in one column, at the top of the right pane in two. */
  requestLine: ReactNode;
  /** Description, authorization, parameters and body. */
  prose: ReactNode;
  /** Try it and the code samples, kept in view while the prose is read. */
  call: ReactNode;
}

/** The first row: what the request is beside how to send it. */
export function CallRow({ requestLine, prose, call }: CallRowProps) {
  return (
    <div id="endpoint-call" className="endpoint-call">
      <div className="endpoint-request-line">{requestLine}</div>
      <div className="endpoint-prose">{prose}</div>
      <div className="endpoint-aside" data-sticky-column="">
        {call}
      </div>
      <CallRowEffects rowId="endpoint-call" />
    </div>
  );
}

export interface ExampleRowProps {
  /** The row's own element: a `<section>` when the row is one of the page's sections. */
  as?: 'section' | 'div';
  prose: ReactNode;
  /** The example of what the prose describes; none, the prose takes the row. */
  example?: ReactNode;
}

/** A later row: a section on the left, its example beside it on the right. */
export function ExampleRow({ as: Element = 'div', prose, example }: ExampleRowProps) {
  return (
    <Element className="endpoint-row">
      <div className="endpoint-prose">{prose}</div>
      {example && (
        <div className="endpoint-aside" data-sticky-column="">
          {example}
        </div>
      )}
    </Element>
  );
}
