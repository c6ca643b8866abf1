// Where things are in this repository, for the scripts and the tests. Reads nothing.
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
/** The bundled document (`npm run generate`): what the mock, the docs site and consumers read. */
export const bundledDocument = fileURLToPath(new URL('../../generated/openapi.json', import.meta.url));
export const bundledYaml = fileURLToPath(new URL('../../generated/openapi.yaml', import.meta.url));
