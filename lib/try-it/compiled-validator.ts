/** A validator as Ajv compiles it (standalone or at run time): errors are left on the function. */
export interface ValidationIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ValidationIssue[] | null;
}
