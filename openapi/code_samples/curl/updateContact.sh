curl -X PATCH -H "Authorization: Bearer $WEBEX_TOKEN" -H 'Content-Type: application/json' \
  https://webexapis.com/v1/contacts/organizations/d23736ac-8055-433e-b85a-0fc55c96ead9/contacts/6847ee0f-5e9c-4403-9f0e-0aa8552f7829 \
  -d '{"schemas": "urn:cisco:codev:identity:contact:core:1.0", "source": "CH", "title": "Head of Product", "groupIds": []}'
