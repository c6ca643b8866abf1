// Types for samples.mjs.
export declare const sampleIds: { orgId: string; contactId: string };
export declare const sampleContactPath: string;
export declare function curlExample(url: string, options?: { tokenVariable?: string; showHeaders?: boolean }): string;
