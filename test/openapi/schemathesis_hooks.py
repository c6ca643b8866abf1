# Schemathesis hooks for the run against the Prism mock only (test/openapi/schemathesis.mock.toml loads
# this file; the live-tenant config does not). Each drops only cases the mock cannot answer, and why.
import re

import schemathesis

# What Node accepts in a header value. Prism copies each violation message into the `sl-violations`
# header, and a message quotes an unknown property's name ("must NOT have additional properties;
# found '…'"); a name with any other character makes Node throw in Prism's server, and Prism exits.
HEADER_SAFE = re.compile(r"^[\t\x20-\x7e\x80-\xff]*$")


def keys_header_safe(value):
    if isinstance(value, dict):
        return all(HEADER_SAFE.match(key) and keys_header_safe(item) for key, item in value.items())
    if isinstance(value, list):
        return all(keys_header_safe(item) for item in value)
    return True


@schemathesis.hook
def filter_body(ctx, body):
    # A body whose property names Prism could not quote in a header would crash the mock (see above).
    return keys_header_safe(body)


@schemathesis.hook
def filter_query(ctx, query):
    # Prism reads `?source=` (an empty value) as no `source` at all and answers 200, so a negative case
    # whose only fault is an empty query value can never be refused by the mock (ST201). Such cases are
    # dropped; every other negative query value (a wrong enum, a bad format, a wrong type) still runs.
    return not query or all(value != "" for value in query.values())
