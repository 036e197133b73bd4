export const corpusModules: string;
export const directoryApis: string;
export const githubDocument: string;
export function ensureCorpus(): void;
