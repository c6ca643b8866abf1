"""A consumer of the openapi-python-client package generated from generated/openapi.json, run against the
Prism mock at BASE_URL: one call of every operation, the example contact parsed (dates, enums, an enum
value the document does not list), a valid Create of each source, a 400 with the Webex error body for an
invalid one, Retry-After from a 429. Each finding is one line on stdout for the test to check."""
import importlib
import os
import pkgutil
from uuid import UUID

import webex_contacts
import webex_contacts.api
from webex_contacts import AuthenticatedClient
from webex_contacts import models as m


def operation(name):
    """The generated module of one operation, whatever tag folder it sits in."""
    for info in pkgutil.walk_packages(webex_contacts.api.__path__, "webex_contacts.api."):
        if info.name.endswith("." + name):
            return importlib.import_module(info.name)
    raise SystemExit(f"no generated module for {name}")


def value(v):
    """An enum member's value, or the plain string a tolerant field fell back to."""
    return getattr(v, "value", v)


org_id = UUID(os.environ["ORG_ID"])
contact_id = UUID(os.environ["CONTACT_ID"])
schemas = os.environ["SCHEMAS"]
client = AuthenticatedClient(base_url=os.environ["BASE_URL"], token="any-token")

got = operation("get_contact").sync_detailed(org_id, contact_id, client=client)
print("call getContact", got.status_code.value)
contact = got.parsed
created_ms = int(contact.meta.created.timestamp() * 1000)
print(f"get created={created_ms} method={value(contact.primary_contact_method)} source={value(contact.source)} sipType={value(contact.sip_addresses[0].type_)}")

create = operation("create_contact")
ch = m.ControlHubContact(
    schemas=schemas,
    source=m.ChSource.CH,
    display_name="Front Desk",
    emails=[m.EmailInput(value="frontdesk@example.com", type_=m.EmailType.WORK)],
)
answer = create.sync_detailed(org_id, client=client, body=ch)
print("call createContact", answer.status_code.value)
print("create CH", answer.status_code.value)

bw = m.Webex4BroadworksContact(schemas=schemas, source=m.Webex4BroadworksSource.WEBEX4BROADWORKS, display_name="John Andersen")
print("create Webex4Broadworks", create.sync_detailed(org_id, client=client, body=bw).status_code.value)

# The models do not refuse a CH body without a contact method: it is sent, and the server refuses it.
refused = create.sync_detailed(org_id, client=client, body=m.ControlHubContact(schemas=schemas, source=m.ChSource.CH, display_name="No Way To Reach"))
print("invalid", refused.status_code.value, refused.parsed.message)

# A client of its own: with_headers() would also change the shared client's connection headers.
limiting = AuthenticatedClient(base_url=os.environ["BASE_URL"], token="any-token", headers={"Prefer": "code=429"})
limited = operation("get_contact").sync_detailed(org_id, contact_id, client=limiting)
print("retry-after", limited.status_code.value, int(limited.headers["Retry-After"]), limited.parsed.message)

update = m.UpdateContactRequest(schemas=schemas, source=m.ContactSource.CH, display_name="Front Desk (day)")
print("call updateContact", operation("update_contact").sync_detailed(org_id, contact_id, client=client, body=update).status_code.value)

print("call deleteContact", operation("delete_contact").sync_detailed(org_id, contact_id, client=client).status_code.value)

listed = operation("list_contacts").sync_detailed(org_id, client=client, keyword="Zhang", limit=10)
print("call listContacts", listed.status_code.value, "contacts", len(listed.parsed.result))

item = m.NewControlHubContact(source=m.ChSource.CH, display_name="Front Desk", emails=ch.emails)
bulk = operation("bulk_create_or_update_contacts").sync_detailed(org_id, client=client, body=m.BulkContactsRequest(schemas=schemas, contacts=[item]))
print("call bulkCreateOrUpdateContacts", bulk.status_code.value, "results", len(bulk.parsed.contacts))

deleted = operation("bulk_delete_contacts").sync_detailed(org_id, client=client, body=m.BulkDeleteContactsRequest(schemas=schemas, object_ids=[contact_id]))
print("call bulkDeleteContacts", deleted.status_code.value)
