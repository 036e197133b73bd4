'use client';
import { useEffect, useEffectEvent } from 'react';
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

  // fields fill in their own effects, before the playground's (a parent's run after its
  // children's), which leave a form they did not reset as it is
  const applyFill = useEffectEvent(() => {
    // header parameters only when the values have them: reproductions leave headers as they are
    const values = fill && parameter.in !== 'cookie' ? fill.values[location] : undefined;
    if (!values) return;
    const value = values[name];
    if (value === undefined) engine.delete(fieldName);
    else setValue(value);
  });
  const fillId = fill?.id;
  useEffect(() => {
    if (fillId !== undefined) applyFill();
  }, [fillId]);

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
