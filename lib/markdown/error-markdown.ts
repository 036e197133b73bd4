import type { ErrorTypeEntry } from '../errors/error-catalog';
import { errorCatalogIntro, errorCatalogSections, errorTypeSections, type ErrorTypeSection } from '../errors/error-type-sections';
import { statusTitle } from '../http-status';
import type { Profile } from '../profile';
import { blocks, code, inlineMarkdown, json, table } from './markdown-text';

export function errorCatalogMarkdown(entries: ErrorTypeEntry[], profile: Profile): string {
  return blocks(
    '# Error types',
    inlineMarkdown(errorCatalogIntro(entries, profile)),
    ...errorCatalogSections(entries).map((section) =>
      blocks(
        `## ${section.title}`,
        table(
          ['Type', 'Meaning', 'Endpoints'],
          section.types.map((entry) => [`[${code(entry.type)}](${entry.url})`, entry.description, String(entry.endpoints.length)]),
        ),
      ),
    ),
  );
}

function sectionMarkdown(section: ErrorTypeSection): string {
  switch (section.kind) {
    case 'cause':
      return section.text;
    case 'handling':
      return blocks(section.retry && `**${section.retry}**`, section.text);
    case 'sample':
      return json(section.sample);
    case 'endpoints':
      return blocks(
        inlineMarkdown(section.intro),
        section.endpoints.map((endpoint) => `- [${endpoint.title}](${endpoint.href}): ${code(`${endpoint.method} ${endpoint.path}`)}`).join('\n'),
      );
  }
}

export function errorTypeMarkdown(entry: ErrorTypeEntry): string {
  return blocks(
    `# ${entry.type}`,
    `${entry.statuses.map(statusTitle).join(', ')}. ${entry.description}`,
    ...errorTypeSections(entry).map((section) => blocks(`## ${section.title}`, sectionMarkdown(section))),
  );
}
