import type { MediaModel } from '@/lib/endpoints';
import { mediaLines } from '@/lib/endpoints/endpoint-content';
import { CodeBlock, JsonBlock } from '../code-block';
import { InlineText } from '../inline-text';
import { FieldTable } from './field-table';

export interface MediaContentProps {
  media: MediaModel;
  /** A form's TypeScript type, shown before its fields (see `endpointContent`); none, no type. */
  typescript?: string;
  exampleTitle: string;
  /** Request fields are required or optional; response fields are neither. */
  request: boolean;
}

/**
 * A body that is not JSON: its media types, then what can be shown of it. Forms list their
 * fields (multipart file parts as `file`); text shows its example; bytes are only named.
 */
export function MediaContent({ media, typescript, exampleTitle, request }: MediaContentProps) {
  return (
    <>
      {mediaLines(media, request).map((line, index) => (
        <p key={index}>
          <InlineText text={line} />
        </p>
      ))}
      {media.kind === 'form' && typescript && <CodeBlock code={typescript} lang="ts" title="TypeScript" />}
      {media.fields.length > 0 && <FieldTable fields={media.fields} showRequired={request} />}
      {media.exampleText !== undefined ? (
        <CodeBlock code={media.exampleText} lang="text" title={exampleTitle} />
      ) : (
        media.kind === 'json' && media.example !== undefined && <JsonBlock value={media.example} title={exampleTitle} />
      )}
    </>
  );
}
