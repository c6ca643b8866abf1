// Types for paths.mjs.
export declare const root: string;
export declare const bundledDocument: string;
export declare const bundledYaml: string;
