import { errorCatalogIntro, errorCatalogSections, returnedByText, type ErrorTypeEntry } from '@/lib/errors';
import type { Profile } from '@/lib/profile';
import { SectionHeading } from '../endpoint/section-heading';
import { InlineCode } from '../inline-code';
import { InlineText } from '../inline-text';
import { FrameLink } from '../layout/frame-link';

export interface ErrorCatalogPageProps {
  entries: ErrorTypeEntry[];
  /** The document's conventions, which name the body every error shares. */
  profile: Profile;
}

/** Every error type once, grouped by status: where integrators look an error up by its type. */
export function ErrorCatalogPage({ entries, profile }: ErrorCatalogPageProps) {
  return (
    <>
      <p><InlineText text={errorCatalogIntro(entries, profile)} /></p>
      {errorCatalogSections(entries).map((section) => (
        <section key={section.id}>
          <SectionHeading id={section.id}>{section.title}</SectionHeading>
          <ul className="not-prose m-0 flex list-none flex-col gap-2 p-0">
            {section.types.map((entry) => (
              <li key={entry.type} id={entry.type} className="error-type-entry scroll-mt-24 rounded-lg border bg-fd-card p-3 text-sm">
                <FrameLink href={entry.url} className="font-mono font-semibold break-all text-fd-foreground underline-offset-4 hover:underline">
                  {entry.type}
                </FrameLink>
                <p className="m-0 mt-1"><InlineCode text={entry.description} /></p>
                <p className="m-0 mt-1 text-xs text-fd-muted-foreground">{returnedByText(entry)}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
