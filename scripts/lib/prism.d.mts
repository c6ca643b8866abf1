// Types for prism.mjs, so TypeScript tests can start and stop Prism through the same code as `npm run mock` and `npm run proxy`.
import type { ChildProcess } from 'node:child_process';
import type { UsageError } from './usage.mjs';

export declare const root: string;
export declare const bundledDocument: string;
export declare const sampleIds: { orgId: string; contactId: string };
export declare const sampleContactPath: string;
export declare function portFromEnv(variable: string, fallback: number, env?: Record<string, string | undefined>): number;
export declare class PortInUseError extends UsageError {
  constructor(host: string, port: number, variable: string);
}
export declare function reservePort(port: number, variable?: string, host?: string): Promise<number>;
/** True when `host:port` (host default 127.0.0.1) accepts a TCP connection within `timeoutMs` (default 2000). */
export declare function listening(port: number, options?: { host?: string; timeoutMs?: number }): Promise<boolean>;
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
export declare function curlExample(url: string, options?: { tokenVariable?: string; showHeaders?: boolean }): string;
/** A fresh log path `test-results/<kind>-<pid>.log`; older logs of that kind beyond the newest few are removed. */
export declare function testRunLog(kind: string, dir?: string): string;
