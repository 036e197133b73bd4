import { Fragment } from 'react';

/**
 * A field path such as `participants[].email`, which may break only before a `.` or a `[]`:
 * on a phone, `externalCourtBookingId` stays whole instead of wrapping letter by letter.
 */
export function FieldName({ name }: { name: string }) {
  const parts = name.split(/(?=\.|\[\])/);
  return (
    <code className="whitespace-nowrap">
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </code>
  );
}
