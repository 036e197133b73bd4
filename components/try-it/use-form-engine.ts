'use client';
import { useEffect } from 'react';
import { useDataEngine } from '@fumari/stf';
import { registerFormEngine, rememberInitialValues } from './request-state';

/**
 * Lets reproductions read the form. Its first values are the documented example: when the panel
 * opens with a reproduction, they are what "Stop reproducing" goes back to.
 */
export function useFormEngine() {
  const engine = useDataEngine();
  useEffect(() => {
    const unregister = registerFormEngine(engine);
    rememberInitialValues();
    return unregister;
  }, [engine]);
  return engine;
}
