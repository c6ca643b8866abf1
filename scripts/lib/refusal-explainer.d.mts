// Types for refusal-explainer.mjs.
export interface Violation {
  location: string[];
  message: string;
  code?: string | number;
  severity?: string;
}
export interface WebexErrorBody {
  message: string;
  errors: { description: string }[];
  trackingId?: string;
}
export declare function explainRefusal(input: {
  violations?: Violation[];
  problem?: { title?: string; detail?: string };
  trackingId?: string;
}): WebexErrorBody;
export declare function startRefusalExplainer(options: { host: string; port: number; upstreamPort: number }): Promise<{ close(): Promise<void> }>;
