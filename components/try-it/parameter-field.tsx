'use client';
import { useEffect } from 'react';
import { FieldSet } from '@fumadocs/api-docs/components/playground/inputs';
import { Custom } from 'fumadocs-openapi/playground/client';
import { useRequestState } from './request-state';
import { useFormEngine } from './use-form-engine';
import { FieldIssues } from './validation-context';

type ParameterObject = { name?: string; in?: string; required?: boolean; schema?: unknown };

export interface ParameterFieldProps {
  fieldName: Parameters<typeof Custom.useController>[0];
  parameter: ParameterObject;
}

/** fumadocs' input for a parameter, with the validation messages next to it, and presets applied. */
export function ParameterField({ fieldName, parameter }: ParameterFieldProps) {
  const { setValue } = Custom.useController(fieldName);
  const engine = useFormEngine();
  const { fill } = useRequestState();
  const location = parameter.in as 'path' | 'query' | 'header';
  const name = parameter.name ?? '';

  useEffect(() => {
    // header parameters only when the values have them: reproductions leave headers as they are
    const values = fill && parameter.in !== 'cookie' ? fill.values[location] : undefined;
    if (!values) return;
    const value = values[name];
    // after the playground's own mount effects, which reset the form to its defaults
    const timer = setTimeout(() => (value === undefined ? engine.delete(fieldName) : setValue(value)), 0);
    return () => clearTimeout(timer);
    // fill each field once, when a reproduction starts or stops
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fill?.id]);

  return (
    <div>
      <FieldSet
        name={name}
        fieldName={fieldName}
        field={(parameter.schema ?? {}) as Parameters<typeof FieldSet>[0]['field']}
        isRequired={parameter.required}
      />
      <FieldIssues location={location} field={name} />
    </div>
  );
}
