import type { Endpoint } from '@/lib/endpoints';
import { securityBlocks } from '@/lib/endpoints/security';
import { Markdown } from '../markdown';
import { SectionHeading } from './section-heading';

/** The schemes that authorize this operation, each described, and whether it checks scopes. */
export function AuthorizationSection({ endpoint }: { endpoint: Endpoint }) {
  const { profile } = endpoint;
  const blocks = securityBlocks(endpoint.security, { tokenPlaceholder: profile.tokenPlaceholder, guide: profile.authenticationGuide });
  return (
    <section>
      <SectionHeading id="authorization">Authorization</SectionHeading>
      <Markdown text={blocks.join('\n\n')} />
      {profile.scopeNotes && endpoint.requiresAuth && <ScopeNote endpoint={endpoint} />}
    </section>
  );
}

function ScopeNote({ endpoint }: { endpoint: Endpoint }) {
  return (
    <p>
      {endpoint.checksScopes ? (
        <>
          <strong>Checks token scopes:</strong> a token without the permission this endpoint needs gets{' '}
          <a href="#scope_permission_denied">
            <code>403 scope_permission_denied</code>
          </a>
          . The exact scope is not published per endpoint; see{' '}
          <a href={endpoint.profile.authenticationGuide}>Authentication</a>.
        </>
      ) : endpoint.errors.length > 0 ? (
        <>Does not check token scopes: any valid token may call it.</>
      ) : (
        <>Whether it checks token scopes is not yet published.</>
      )}
    </p>
  );
}
