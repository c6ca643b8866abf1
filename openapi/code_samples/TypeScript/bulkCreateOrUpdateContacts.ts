import { createContactsClient } from 'webex-org-contacts';

const contacts = createContactsClient({ token: process.env.WEBEX_TOKEN! });
const result = await contacts.bulkCreateOrUpdate('d23736ac-8055-433e-b85a-0fc55c96ead9', [
  { source: 'CH', displayName: 'Front Desk', emails: [{ value: 'frontdesk@example.com', type: 'work' }] },
  { contactId: '6847ee0f-5e9c-4403-9f0e-0aa8552f7829', source: 'CH', title: 'Head of Product' },
]);
console.log(result);
