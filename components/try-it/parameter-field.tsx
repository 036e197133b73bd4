'use client';
import { useEffect } from 'react';
import { FieldSet } from '@fumadocs/api-docs/components/playground/inputs';
import { Custom } from 'fumadocs-openapi/playground/client';
import { useRequestState } from './request-state';
import { FieldIssues } from './validation-context';

type ParameterObject = { name?: string; in?: string; required?: boolean; schema?: unknown };

export interface ParameterFieldProps {
  fieldName: Parameters<typeof Custom.useController>[0];
  parameter: ParameterObject;
}

/** fumadocs' input for a parameter, with the validation messages next to it, and presets applied. */
export function ParameterField({ fieldName, parameter }: ParameterFieldProps) {
  const { setValue } = Custom.useController(fieldName);
  const { preset } = useRequestState();
  const location = parameter.in as 'path' | 'query' | 'header';
  const name = parameter.name ?? '';

  useEffect(() => {
    const value = preset?.[location === 'path' ? 'path' : 'query']?.[name];
    if (!preset || location === 'header' || value === undefined) return;
    // after the playground's own mount effects, which reset the form to its defaults
    const timer = setTimeout(() => setValue(value), 0);
    return () => clearTimeout(timer);
    // apply each preset once, when it is chosen
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [preset?.id]);

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
