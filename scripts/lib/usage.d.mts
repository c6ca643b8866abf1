// Types for usage.mjs, so TypeScript code can tell a usage error from a failure like the scripts do.
export declare const USAGE_EXIT_CODE: 2;
export declare class UsageError extends Error {}
export declare function outOption(usage: string, args?: string[]): string | undefined;
