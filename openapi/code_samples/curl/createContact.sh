curl -X POST -H "Authorization: Bearer $WEBEX_TOKEN" -H 'Content-Type: application/json' \
  https://webexapis.com/v1/contacts/organizations/d23736ac-8055-433e-b85a-0fc55c96ead9/contacts \
  -d '{"schemas": "urn:cisco:codev:identity:contact:core:1.0", "source": "CH", "displayName": "Front Desk",
       "emails": [{"value": "frontdesk@example.com", "type": "work", "primary": true}]}'
