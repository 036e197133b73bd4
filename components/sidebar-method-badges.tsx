import type { LoaderPlugin } from 'fumadocs-core/source';
import { MethodBadge } from './endpoint/method-badge';

/**
 * Puts the endpoint's method badge after its name in the sidebar, read from the page's
 * `_openapi.method` as fumadocs-openapi's own plugin does, but with the site's badge colours,
 * which keep WCAG AA contrast on the sidebar background.
 */
export function methodBadgePlugin(): LoaderPlugin {
  return {
    name: 'wingfield:method-badge',
    transformPageTree: {
      file(node, filePath) {
        if (!filePath) return node;
        const file = this.storage.read(filePath);
        const method = file?.format === 'page' ? (file.data as { _openapi?: { method?: string } })._openapi?.method : undefined;
        if (!method) return node;
        node.name = (
          <>
            {node.name} <MethodBadge method={method} className="ms-auto" />
          </>
        );
        return node;
      },
    },
  };
}
