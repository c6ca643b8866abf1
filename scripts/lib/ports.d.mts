// Types for ports.mjs.
import type { UsageError } from './usage.mjs';

export declare class PortInUseError extends UsageError {
  constructor(host: string, port: number, variable: string);
}
export declare function portFromEnv(variable: string, fallback: number, env?: Record<string, string | undefined>): number;
export declare function reservePort(port: number, variable?: string, host?: string): Promise<number>;
/** True when `host:port` (host default 127.0.0.1) accepts a TCP connection within `timeoutMs` (default 2000). */
export declare function listening(port: number, options?: { host?: string; timeoutMs?: number }): Promise<boolean>;
