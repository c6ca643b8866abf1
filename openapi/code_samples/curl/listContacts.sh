# The first page; the next one is the URL in the Link header (curl -i shows it).
curl -i -G -H "Authorization: Bearer $WEBEX_TOKEN" \
  https://webexapis.com/v1/contacts/organizations/d23736ac-8055-433e-b85a-0fc55c96ead9/contacts/search \
  --data-urlencode 'keyword=Zhang' -d source=CH -d limit=100
