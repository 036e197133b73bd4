import { getApiModel, type ApiModel } from '../endpoints';
import type { Endpoint } from '../endpoints/endpoint';
import type { SecurityModel } from '../endpoints/security';
import { sampleTarget, type SampleTarget } from '../endpoints/code-samples';
import { sliceOperation } from '../openapi/slice-document';
import type { OpenAPIDocument } from '../openapi/types';
import type { CredentialText } from '../profile';
import type { DocumentedFields } from './check-conformance';
import type { ResponseContract } from './explain-response';
import type { BodyPresence, ParameterSpec } from './validate-request';
import type { LinkChanges } from './link-changes';
import { operationLinkChanges } from '../changelog/operation-link-changes';

/** Where the panel fetches an operation's payload when it is opened (`app/api/try-it`). */
export function tryItPayloadUrl(key: string): string {
  return `/api/try-it/${key}`;
}

/** What the panel knows of its endpoint, beyond the OpenAPI slice that fumadocs reads. */
export interface TryItEndpoint {
  /** The endpoint's key (`Endpoint.key`): its validators are found under it. */
  key: string;
  contract: ResponseContract;
  /** Every documented status, success and errors, for the conformance check. */
  statuses: string[];
  /** The success response's documented top-level fields: an answer with none of them is not recognised. */
  documentedFields: DocumentedFields;
  parameters: ParameterSpec[];
  body: BodyPresence;
  /** Method, path and the values samples start with. */
  target: SampleTarget;
  /** The token field's label and placeholder, as the model says them (`Endpoint.token`). */
  token: CredentialText;
  /** The schemes that the operation accepts, each with its credential's label and placeholder. */
  security: SecurityModel;
  /**
   * The profile names the API's token (`Profile.token`): the panel asks for it in its one token
   * field, which every page of the tab shares, and sends it as `Authorization: Bearer`. Otherwise
   * it asks for each scheme's credential.
   */
  tokenField: boolean;
  /** What changed in this operation's request since each earlier release, for a shared link made for one; none without releases. */
  changes?: LinkChanges;
}

/** What the browser-side panel needs to know of one operation: its slice of the document and its contract. */
export interface TryItPayload {
  document: OpenAPIDocument;
  endpoint: TryItEndpoint;
}

function tryItEndpoint(endpoint: Endpoint, tokenField: boolean): TryItEndpoint {
  const changes = operationLinkChanges(endpoint);
  return {
    key: endpoint.key,
    contract: {
      successStatus: endpoint.success?.status,
      errors: endpoint.errors.map(({ status, type, description }) => ({ status, type, description })),
    },
    statuses: Object.keys(endpoint.operation.responses ?? {}),
    documentedFields: endpoint.success
      ? { [endpoint.success.status]: endpoint.success.fields.filter((field) => field.depth === 0).map((field) => field.name) }
      : {},
    parameters: [...endpoint.parameters.path, ...endpoint.parameters.query, ...endpoint.parameters.header].map((p) => ({
      name: p.name,
      in: p.in,
      required: p.required,
      type: p.type,
    })),
    body: endpoint.body === undefined ? 'none' : endpoint.body.required ? 'required' : 'optional',
    target: sampleTarget(endpoint),
    token: endpoint.token,
    security: endpoint.security,
    tokenField,
    ...(changes && { changes }),
  };
}

/** Whether the panel asks for the profile's one token (`TryItEndpoint.tokenField`) rather than each scheme's credential. */
export function usesTokenField(model: ApiModel): boolean {
  return model.profile.token !== undefined;
}

export function tryItPayload(key: string): TryItPayload | undefined {
  const model = getApiModel();
  const endpoint = model.byKey.get(key);
  if (!endpoint) return undefined;
  return {
    document: sliceOperation(model, endpoint),
    endpoint: tryItEndpoint(endpoint, usesTokenField(model)),
  };
}
