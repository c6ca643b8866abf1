// Property-based Update a Contact bodies, generated from UpdateContactRequest: valid bodies that the
// schema and the mock accept, one-rule mutations that both refuse (test/contract/body-properties.ts).

import { exampleIds, pathOf } from '../fixtures/operations.js';
import { bodyProperties } from './body-properties.js';

bodyProperties({
  operationId: 'updateContact',
  method: 'PATCH',
  path: pathOf('updateContact', { orgId: exampleIds.orgId, contactId: exampleIds.contactId }),
  schema: 'UpdateContactRequest',
  status: 200,
  numRuns: 200,
});
