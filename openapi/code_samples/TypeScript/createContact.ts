import { createContactsClient } from 'webex-org-contacts';

const contacts = createContactsClient({ token: process.env.WEBEX_TOKEN! });
// `schemas` is filled in; a CH contact needs an email address, phone number or SIP address.
const contact = await contacts.create('d23736ac-8055-433e-b85a-0fc55c96ead9', {
  source: 'CH',
  displayName: 'Front Desk',
  emails: [{ value: 'frontdesk@example.com', type: 'work', primary: true }],
});
console.log(contact.contactId);
