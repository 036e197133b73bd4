import type { MediaModel } from '@/lib/endpoints';
import { typescriptDefinitionIfAny } from '@/lib/endpoints/typescript-definition';
import type { OpenAPIDocument } from '@/lib/openapi/types';
import { CodeBlock, JsonBlock } from '../code-block';
import { FieldTable } from './field-table';

export interface MediaContentProps {
  media: MediaModel;
  raw: OpenAPIDocument;
  /** The name of the generated TypeScript type; none, no type. */
  typeName?: string;
  exampleTitle: string;
  /** Request fields are required or optional; response fields are neither. */
  request: boolean;
}

/**
 * A body that is not JSON: its media types, then what can be shown of it. Forms list their
 * fields (multipart file parts as `file`); text shows its example; bytes are only named.
 */
export function MediaContent({ media, raw, typeName, exampleTitle, request }: MediaContentProps) {
  const others = media.contentTypes.filter((type) => type !== media.contentType);
  return (
    <>
      {others.length > 0 && (
        <p>
          Also {request ? 'accepted' : 'available'} as{' '}
          {others.map((type, index) => (
            <span key={type}>
              {index > 0 && ', '}
              <code>{type}</code>
            </span>
          ))}
          .
        </p>
      )}
      {media.kind === 'binary' && (
        <p>
          Binary data (<code>{media.contentType}</code>): the {request ? 'request' : 'response'} body is the file&apos;s bytes.
        </p>
      )}
      {media.kind === 'multipart' && (
        <p>
          One part per field; a <code>file</code> field carries a file&apos;s bytes.
        </p>
      )}
      {media.kind === 'form' && typeName && formType(raw, media, typeName, request)}
      {media.fields.length > 0 && <FieldTable fields={media.fields} showRequired={request} />}
      {media.exampleText !== undefined ? (
        <CodeBlock code={media.exampleText} lang="text" title={exampleTitle} />
      ) : (
        media.kind === 'json' && media.example !== undefined && <JsonBlock value={media.example} title={exampleTitle} />
      )}
    </>
  );
}

function formType(raw: OpenAPIDocument, media: MediaModel, name: string, request: boolean) {
  const code = typescriptDefinitionIfAny(raw, media.schemaRef, name, request ? 'request' : 'response');
  return code && <CodeBlock code={code} lang="ts" title="TypeScript" />;
}
