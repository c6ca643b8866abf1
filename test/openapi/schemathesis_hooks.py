# Schemathesis hooks for the run against the Prism mock only (test/openapi/schemathesis.mock.toml loads
# this file; the live-tenant config does not). Each drops only cases the mock cannot answer, and why.
import schemathesis


def _sent_without_value(value):
    # An empty string goes out as `name=`; so does a list or an object of nothing but such values (or
    # of nothing at all, which sends no value either), however deep.
    if isinstance(value, list):
        return all(_sent_without_value(item) for item in value)
    if isinstance(value, dict):
        return all(_sent_without_value(item) for item in value.values())
    return value is None or value == ""


@schemathesis.hook
def filter_query(ctx, query):
    # Prism reads `?source=` (an empty value) as no `source` at all and answers 200, so a negative case
    # whose only fault is an empty query value can never be refused by the mock (ST201). Such cases are
    # dropped; every other negative query value (a wrong enum, a bad format, a wrong type) still runs.
    return not query or not any(_sent_without_value(value) for value in query.values())
