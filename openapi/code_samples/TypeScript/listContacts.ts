import { createContactsClient } from 'webex-org-contacts';

const contacts = createContactsClient({ token: process.env.WEBEX_TOKEN! });
// Every match, page by page: the client follows the Link header.
for await (const contact of contacts.list('d23736ac-8055-433e-b85a-0fc55c96ead9', { keyword: 'Zhang', source: 'CH', limit: 100 })) {
  console.log(contact.contactId, contact.displayName);
}
