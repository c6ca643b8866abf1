// Property-based Bulk Create or Update Contacts bodies, generated from BulkContactsRequest with items of
// every kind (updates, new CH and new Webex4Broadworks contacts): valid bodies that the schema and the
// mock accept, one-rule mutations that both refuse (test/contract/body-properties.ts).

import { exampleIds, pathOf } from '../fixtures/operations.js';
import { bodyProperties } from './body-properties.js';

bodyProperties({
  operationId: 'bulkCreateOrUpdateContacts',
  method: 'POST',
  path: pathOf('bulkCreateOrUpdateContacts', { orgId: exampleIds.orgId }),
  schema: 'BulkContactsRequest',
  status: 200,
  numRuns: 200,
});
