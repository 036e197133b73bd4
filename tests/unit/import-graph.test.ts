import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const lib = path.join(root, 'lib');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The file a relative or `@/` specifier names, as TypeScript resolves it; undefined for packages. */
function resolveSpecifier(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/')
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith('.')
      ? path.resolve(path.dirname(from), specifier)
      : undefined;
  if (!base) return undefined;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** Every file of lib/ with the files of lib/ it imports or re-exports, type-only imports included. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(lib)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, false);
    const targets = importedFiles
      .map(({ fileName }) => resolveSpecifier(file, fileName))
      .filter((target): target is string => target !== undefined && target.startsWith(lib + path.sep));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** One cycle of the graph as a path of files (its first file repeated at the end), or undefined. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (file: string): string[] | undefined => {
    if (state.get(file) === 'done') return undefined;
    if (state.get(file) === 'open') return [...trail.slice(trail.indexOf(file)), file];
    state.set(file, 'open');
    trail.push(file);
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    trail.pop();
    state.set(file, 'done');
    return undefined;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return undefined;
}

const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');
const folderOf = (file: string) => relative(file).split('/').slice(0, 2).join('/');

describe('the import graph of lib/', () => {
  const graph = importGraph();

  it('is read from the files themselves', () => {
    // the builder imports the profile module: a graph without that edge read nothing
    expect(graph.get(path.join(lib, 'endpoints/build-api-model.ts'))).toContain(path.join(lib, 'profile/index.ts'));
  });

  it('has no cycle, type-only imports included', () => {
    expect(findCycle(graph)?.map(relative)).toBeUndefined();
  });

  it('goes one way between the model, the profile and the try-it code', () => {
    // the profile is an input to the model's builder; the panel reads the model (and the profile
    // through it); so lib/profile imports neither, and lib/endpoints does not import lib/try-it
    const allowed: Record<string, string[]> = {
      'lib/profile': [],
      'lib/endpoints': ['lib/profile'],
      'lib/try-it': ['lib/endpoints', 'lib/profile'],
    };
    const against = Object.keys(allowed);
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      const from = folderOf(file);
      if (!(from in allowed)) continue;
      for (const target of targets) {
        const to = folderOf(target);
        if (to !== from && against.includes(to) && !allowed[from].includes(to)) wrong.push(`${relative(file)} -> ${relative(target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
