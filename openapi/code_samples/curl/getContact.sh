curl -H "Authorization: Bearer $WEBEX_TOKEN" \
  https://webexapis.com/v1/contacts/organizations/d23736ac-8055-433e-b85a-0fc55c96ead9/contacts/6847ee0f-5e9c-4403-9f0e-0aa8552f7829
