"""A consumer of the pydantic v2 models datamodel-code-generator makes from generated/openapi.json, with
urllib for HTTP, run against the Prism mock at BASE_URL: every operation once, responses parsed by the
models (dates, enums, an enum value the document does not list), each Create rule checked by the models
before anything is sent, a valid Create of each source, a 400 and a 429 read as ErrorResponse.
Each finding is one line on stdout for the test to check; the Create cases come as JSON in CASES."""
import json
import os
import urllib.error
import urllib.request

from pydantic import ValidationError

import models as m

base = os.environ["BASE_URL"]
org, contact_id, schemas = os.environ["ORG_ID"], os.environ["CONTACT_ID"], os.environ["SCHEMAS"]


def send(method, path, body=None, headers=None):
    """(status, headers, parsed JSON or None) of one request; error statuses are answers, not exceptions."""
    data = None if body is None else body.model_dump_json(by_alias=True, exclude_none=True).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Authorization", "Bearer any-token")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            text = response.read()
            return response.status, response.headers, json.loads(text) if text else None
    except urllib.error.HTTPError as error:
        text = error.read()
        return error.code, error.headers, json.loads(text) if text else None


def value(v):
    return getattr(v, "value", v)


contacts = f"/contacts/organizations/{org}/contacts"

status, _, body = send("GET", f"{contacts}/{contact_id}")
print("call getContact", status)
contact = m.Contact.model_validate(body)
sip = contact.sipAddresses[0].type
print(f"get created={int(contact.meta.created.timestamp() * 1000)} method={value(contact.primaryContactMethod)} source={value(contact.source)} sipType={value(sip)}")

# Each Create case, held to the models before anything is sent.
for rule, case in json.loads(os.environ["CASES"]).items():
    try:
        m.CreateContactRequest.model_validate(case)
        print("rule", "accepted", rule)
    except ValidationError:
        print("rule", "refused", rule)

ch = m.CreateContactRequest.model_validate({"schemas": schemas, "source": "CH", "displayName": "Front Desk", "emails": [{"value": "frontdesk@example.com", "type": "work"}]})
status, _, body = send("POST", contacts, ch)
m.Contact.model_validate(body)
print("call createContact", status)
print("create CH", status)
bw = m.CreateContactRequest.model_validate({"schemas": schemas, "source": "Webex4Broadworks", "displayName": "John Andersen"})
print("create Webex4Broadworks", send("POST", contacts, bw)[0])

# An invalid body the models refuse is sent by hand (model_construct skips validation) to see the 400.
invalid = m.CreateWebex4BroadworksContactRequest.model_construct(schemas=schemas, source="Webex4Broadworks")
status, _, body = send("POST", contacts, invalid)
print("invalid", status, m.ErrorResponse.model_validate(body).message)

status, headers, body = send("GET", f"{contacts}/{contact_id}", headers={"Prefer": "code=429"})
print("retry-after", status, int(headers["Retry-After"]), m.ErrorResponse.model_validate(body).message)

update = m.UpdateContactRequest.model_validate({"schemas": schemas, "source": "CH", "displayName": "Front Desk (day)"})
status, _, body = send("PATCH", f"{contacts}/{contact_id}", update)
m.Contact.model_validate(body)
print("call updateContact", status)

print("call deleteContact", send("DELETE", f"{contacts}/{contact_id}")[0])

status, _, body = send("GET", f"{contacts}/search?keyword=Zhang&limit=10")
print("call listContacts", status, "contacts", len(m.ContactList.model_validate(body).result))

bulk = m.BulkContactsRequest.model_validate({"schemas": schemas, "contacts": [{"source": "CH", "displayName": "Front Desk", "emails": [{"value": "frontdesk@example.com"}]}]})
status, _, body = send("POST", f"{contacts}/bulk", bulk)
print("call bulkCreateOrUpdateContacts", status, "results", len(m.BulkContactsResult.model_validate(body).contacts))

gone = m.BulkDeleteContactsRequest.model_validate({"schemas": schemas, "objectIds": [contact_id]})
print("call bulkDeleteContacts", send("POST", f"{contacts}/bulk/delete", gone)[0])
