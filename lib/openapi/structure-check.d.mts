export interface StructureProblem {
  message: string;
  pointer?: string;
  line?: number;
  column?: number;
}
export const cacheDir: string;
export function cacheFile(text: string): string;
export function checkStructure(file: string, text: string): Promise<StructureProblem[]>;
export function cachedCheck(file: string, text?: string): Promise<StructureProblem[] | null>;
