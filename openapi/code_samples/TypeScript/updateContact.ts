import { createContactsClient } from 'webex-org-contacts';

const contacts = createContactsClient({ token: process.env.WEBEX_TOKEN! });
// Only the fields to change, and the source; `groupIds: []` removes the contact from every group.
const contact = await contacts.update('d23736ac-8055-433e-b85a-0fc55c96ead9', '6847ee0f-5e9c-4403-9f0e-0aa8552f7829', {
  source: 'CH',
  title: 'Head of Product',
  groupIds: [],
});
console.log(contact.title);
