// Types for docs-site.mjs, so TypeScript tests build the docs through the same code as `npm run docs`.
export declare const docsDir: string;
export declare function buildDocs(options?: { outDir?: string }): string;
export declare function docsAreStale(outDir?: string): boolean;
