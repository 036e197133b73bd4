import type { ChildProcess } from 'node:child_process';

/**
 * Resolves when the server's output says it is ready (`next start` and `next dev` print
 * "Ready in …" once they listen); rejects when it exits first or when `timeoutMs` runs out.
 */
export function whenReady(child: ChildProcess, output: () => string, timeoutMs: number, pattern = /\bReady in\b/): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!pattern.test(output())) return;
      settle();
      resolve();
    };
    const onExit = (code: number | null) => {
      settle();
      reject(new Error(`the server exited with ${code} before it was ready:\n${output()}`));
    };
    const deadline = setTimeout(() => {
      settle();
      reject(new Error(`the server was not ready within ${timeoutMs / 1000} s:\n${output()}`));
    }, timeoutMs);
    function settle() {
      clearTimeout(deadline);
      child.stdout?.off('data', check);
      child.stderr?.off('data', check);
      child.off('exit', onExit);
    }
    // after the caller's own listeners, which collect the output this reads
    child.stdout?.on('data', check);
    child.stderr?.on('data', check);
    child.once('exit', onExit);
    if (child.exitCode !== null) onExit(child.exitCode);
    else check();
  });
}
