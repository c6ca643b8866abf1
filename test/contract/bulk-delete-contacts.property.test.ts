// Property-based Bulk Delete Contacts bodies, generated from BulkDeleteContactsRequest: valid bodies that the
// schema and the mock accept, one-rule mutations that both refuse (test/contract/body-properties.ts).

import { exampleIds, pathOf } from '../fixtures/operations.js';
import { bodyProperties } from './body-properties.js';

bodyProperties({
  operationId: 'bulkDeleteContacts',
  method: 'POST',
  path: pathOf('bulkDeleteContacts', { orgId: exampleIds.orgId }),
  schema: 'BulkDeleteContactsRequest',
  status: 200,
  numRuns: 200,
});
