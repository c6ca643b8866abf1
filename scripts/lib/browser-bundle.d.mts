// Types for browser-bundle.mjs, so the TypeScript tests use the same bundle and rules as `npm run size`.
import type { Message } from 'esbuild';

export interface BrowserBundle {
  /** The bundle itself: one ES module. */
  text: string;
  min: number;
  gzip: number;
  inputs: string[];
  externals: string[];
  bytesBy: [string, number][];
  errors: Message[];
  warnings: Message[];
}
export declare function packageOf(path: string): string | undefined;
export declare function bundleForBrowser(contents: string): Promise<BrowserBundle>;
export declare function forbiddenInputs(bundle: Pick<BrowserBundle, 'inputs' | 'externals'>): string[];
