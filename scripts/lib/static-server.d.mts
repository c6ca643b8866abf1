// Types for static-server.mjs, so TypeScript tests serve the docs through the same code as `npm start`.
export interface StaticServer {
  url: string;
  port: number;
  close(): Promise<void>;
}
export declare function serveStatic(options: {
  dir: string;
  host?: string;
  port?: number;
  portVariable?: string;
}): Promise<StaticServer>;
