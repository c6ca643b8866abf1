// The `Link` header of a List Contacts page (RFC 8288): where the next page is.

// One link: `<target>` and its parameters, each `; name` or `; name=value` (a token or a quoted string).
const LINK = /<([^>]*)>((?:\s*;\s*[\w!#$%&'*+.^`|~-]+(?:\s*=\s*(?:"(?:[^"\\]|\\.)*"|[^\s;,]*))?)*)/g;
const PARAM = /;\s*([\w!#$%&'*+.^`|~-]+)(?:\s*=\s*("(?:[^"\\]|\\.)*"|[^\s;,]*))?/g;

/**
 * The target of the first link with relation `next` in `header`, as written (a URL, possibly relative);
 * undefined when there is none. `rel` may hold several relations, space-separated, in any case.
 */
export function nextLinkTarget(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const [, target, params = ''] of header.matchAll(LINK)) {
    for (const [, name = '', value = ''] of params.matchAll(PARAM)) {
      if (name.toLowerCase() !== 'rel') continue;
      const relations = value.replace(/^"|"$/g, '').toLowerCase().split(/\s+/);
      if (relations.includes('next')) return target;
    }
  }
  return undefined;
}
