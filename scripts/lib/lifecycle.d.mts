// Types for lifecycle.mjs, so the TypeScript global setup stops Prism on a signal through the same code as the scripts.
import type { ChildProcess } from 'node:child_process';

export declare function onStopSignal(stop: (signal: NodeJS.Signals) => void): () => void;
export interface ScriptLifecycle {
  started<T>(starting: Promise<T>, stopServer?: (server: T) => unknown): Promise<T>;
  watch(child: ChildProcess, what: string): void;
  failed(error: unknown, what: string): Promise<void>;
}
export declare function scriptLifecycle(options?: { afterStop?: () => void }): ScriptLifecycle;
