// Types for openapi-3.0.mjs, so TypeScript tests can check the 3.0 derivative against what it says it drops.
export declare const lostIn30: string[];
export declare function toOpenApi30(document: unknown): Record<string, any>;
