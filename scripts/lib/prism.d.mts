// Types for prism.mjs, so TypeScript tests can start and stop Prism through the same code as `npm run mock` and `npm run proxy`.
import type { ChildProcess } from 'node:child_process';

export interface Prism {
  url: string;
  port: number;
  child: ChildProcess;
  stop(): Promise<void>;
}
export declare function startPrism(options?: {
  host?: string;
  port?: number;
  document?: string;
  dynamic?: boolean;
  /** Run `prism proxy` in front of this server instead of `prism mock`. */
  upstream?: string | URL;
  logFile?: string;
  /** 'pipe': Prism's output is left on `child.stdout`/`child.stderr` for the caller (ignored with logFile). */
  output?: 'inherit' | 'pipe';
  env?: NodeJS.ProcessEnv;
  portVariable?: string;
  readyTimeoutMs?: number;
}): Promise<Prism>;
