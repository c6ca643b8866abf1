// The OpenAPI 3.0.3 derivative of the bundled 3.1 document, for generators that read 3.0 only
// (progenitor, NSwag). It keeps every rule 3.0 can say; what it cannot is listed in `lostIn30`.

/** What 3.0 cannot say of ours; dropped, and named in the README. */
export const lostIn30 = [
  'contentMediaType / contentSchema: that `address` is a string holding JSON with the fields of AddressInfo (the description still says so)',
  'info.summary and license.identifier (the license gets its SPDX URL instead)',
  'examples lists on schemas: 3.0 has one `example`, the first is kept',
  'the documented values of a tolerant field (anyOf of an enum and any string, e.g. SipAddress `type`): the field is a plain string, because a 3.0 generator (progenitor) narrows that anyOf to the enum and then cannot read `work`',
];

/**
 * A node of the parsed document: a schema, an operation, a list, a scalar. The walk reads whichever
 * keywords a node has and copies the rest as they are, so a node is `any`, in this file only.
 * @typedef {any} Node
 */
/** @typedef {(node: Node) => Node} Resolve a node, or what its local `$ref` points at */

const annotations = new Set(['title', 'description', 'examples', 'example']);
/** @param {Node} value */
const clone = (value) => structuredClone(value);
/**
 * @param {unknown} a
 * @param {unknown} b
 */
const deepEqual = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The values a schema allows when it lists them (`const` or `enum`).
 * @param {Node} schema
 * @returns {unknown[] | undefined}
 */
const listed = (schema) => ('const' in schema ? [schema.const] : schema.enum);

/**
 * True when `strict` says everything `loose` does (besides annotations), and perhaps more.
 * @param {Node} strict
 * @param {Node} loose
 * @param {Resolve} resolve
 * @returns {boolean}
 */
function refines(strict, loose, resolve) {
  const [s, l] = [resolve(strict), resolve(loose)];
  // A const (or enum) that picks values of an enum of the same type: e.g. a branch's `source: CH`
  // beside the shared fields' `source: ContactSource`.
  const values = listed(s);
  if (l.enum && values && s.type === l.type)
    return values.every((v) => l.enum.some((/** @type {Node} */ e) => deepEqual(e, v)));
  return Object.entries(l).every(([key, value]) => annotations.has(key) || deepEqual(s[key], value));
}

/**
 * A schema closed with `unevaluatedProperties: false` over `allOf` becomes one object listing every
 * property its object members declare, closed with `additionalProperties: false`: the same rule in
 * 3.0 terms. Members that declare no properties of their own (e.g. an anyOf of `required` sets) stay
 * in `allOf`, and the properties their branches name are listed at the top too.
 * @param {Node} schema
 * @param {Resolve} resolve
 */
function flattenClosed(schema, resolve) {
  /** @type {Record<string, Node>} */
  const properties = {};
  /** @type {string[]} */
  const required = [];
  /** @type {Node[]} */
  const kept = [];
  /** @param {Node} member */
  const absorb = (member) => {
    const target = resolve(member);
    if (!(target.type === 'object' || target.properties)) return void kept.push(member);
    for (const inner of target.allOf ?? []) absorb(inner);
    for (const [name, property] of Object.entries(target.properties ?? {})) {
      const before = properties[name];
      if (!before || refines(property, before, resolve)) properties[name] = property;
      else if (!refines(before, property, resolve))
        properties[name] = { description: resolve(property).description, allOf: [before, property] };
    }
    required.push(...(target.required ?? []));
    for (const key of ['anyOf', 'oneOf']) if (target[key]) kept.push({ [key]: target[key] });
  };
  const { allOf = [], unevaluatedProperties, properties: own = {}, required: ownRequired = [], ...rest } = schema;
  for (const member of allOf) absorb(member);
  absorb({ type: 'object', properties: own, required: ownRequired });
  for (const member of kept) {
    const target = resolve(member);
    for (const branch of [...(target.anyOf ?? []), ...(target.oneOf ?? [])]) {
      for (const [name, property] of Object.entries(resolve(branch).properties ?? {})) properties[name] ??= property;
    }
  }
  return {
    ...rest,
    type: 'object',
    ...(kept.length ? { allOf: kept } : {}),
    required: [...new Set(required)],
    properties,
    additionalProperties: unevaluatedProperties,
  };
}

/**
 * 3.0 has no `type: null`; a member that allows only null becomes the 3.0.3 spelling of that,
 * `nullable` with `null` its one listed value (3.0.3 needs a `type` beside `nullable`).
 * @param {Node} schema
 */
function nullOnly(schema) {
  if (schema.type !== 'null') return schema;
  const { type, ...rest } = schema;
  return { ...rest, type: 'object', nullable: true, enum: [null] };
}

const plainKeys = new Set(['type', ...annotations]);

/**
 * `anyOf: [SomeEnum, {type: string}]` allows any string: it says the values usually seen, and that others
 * come. Some 3.0 generators keep only the enum and then refuse the others, so 3.0 gets the plain string
 * (the same rule for a validator).
 * @param {Node} schema
 * @param {Resolve} resolve
 */
function tolerantString(schema, resolve) {
  /** @type {Node[] | undefined} */
  const members = schema.anyOf;
  if (!members?.length) return schema;
  const plain = members.find(
    (member) => member.type === 'string' && Object.keys(member).every((key) => plainKeys.has(key)),
  );
  if (!plain || !members.every((member) => resolve(member).type === 'string')) return schema;
  const { anyOf, ...rest } = schema;
  return { ...rest, type: 'string' };
}

/**
 * `anyOf: [X, {type: null}]` where X (an object, say) never is null: the two exclude each other, so it is
 * also a oneOf, which progenitor reads as "X or null" (its anyOf reading wants an object even for null).
 * @param {Node} schema
 * @param {Resolve} resolve
 */
function nullableChoice(schema, resolve) {
  /** @type {Node[] | undefined} */
  const members = schema.anyOf;
  if (members?.length !== 2) return schema;
  const nulls = members.filter((member) => member.type === 'null');
  const other = members.find((member) => member.type !== 'null');
  const target = other && resolve(other);
  if (nulls.length !== 1 || !target || typeof target.type !== 'string' || target.type === 'null' || target.nullable)
    return schema;
  const { anyOf, ...rest } = schema;
  return { ...rest, oneOf: anyOf };
}

/**
 * One JSON Schema 2020-12 node, and all below it, in 3.0's dialect.
 * @param {Node} node
 * @param {Resolve} resolve
 * @returns {Node}
 */
function schemaTo30(node, resolve) {
  if (Array.isArray(node)) return node.map((item) => schemaTo30(item, resolve));
  if (!node || typeof node !== 'object') return node;
  const flat = node.unevaluatedProperties === false && node.allOf ? flattenClosed(node, resolve) : node;
  const schema = tolerantString(nullableChoice(nullOnly(flat), resolve), resolve);
  /** @type {Record<string, Node>} */
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'const') {
      if (!schema.enum) out.enum = [value];
    } else if (key === 'examples') {
      if (!('example' in schema) && Array.isArray(value) && value.length) out.example = value[0];
    } else if (key === 'contentMediaType' || key === 'contentSchema' || key === '$schema') {
    } else if (key === 'type' && Array.isArray(value)) {
      // A list of types is an anyOf of each; the other keywords stay beside it (each applies to its own type).
      if (schema.anyOf) throw new Error(`a type list beside anyOf has no 3.0 spelling here: ${JSON.stringify(schema)}`);
      out.anyOf = value.map((/** @type {string} */ type) => nullOnly({ type }));
    } else if (key === 'properties' || key === 'patternProperties') {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, schemaTo30(sub, resolve)]));
    } else if (key === 'example' || key === 'enum' || key === 'required' || key === 'discriminator') {
      out[key] = clone(value);
    } else {
      out[key] = schemaTo30(value, resolve);
    }
  }
  return out;
}

/**
 * Every schema object of a path item / operation / component, wherever OpenAPI puts them.
 * @param {Node} node
 * @param {Resolve} resolve
 * @param {string} [key]
 * @returns {Node}
 */
function mapSchemas(node, resolve, key) {
  if (Array.isArray(node)) return node.map((item) => mapSchemas(item, resolve));
  if (!node || typeof node !== 'object') return node;
  if (key === 'schema') return schemaTo30(node, resolve);
  if (key === 'examples' || key === 'example') return clone(node);
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, mapSchemas(v, resolve, k)]));
}

/**
 * The 3.0.3 document derived from `document` (a bundled 3.1 document with local `$ref`s only).
 * @param {Node} document
 * @returns {Record<string, Node>}
 */
export function toOpenApi30(document) {
  /** @type {Resolve} */
  const resolve = (node) => {
    let at = node;
    while (at?.$ref)
      at = at.$ref
        .replace(/^#\//, '')
        .split('/')
        .reduce(
          (/** @type {Node} */ parent, /** @type {string} */ key) =>
            parent[key.replace(/~1/g, '/').replace(/~0/g, '~')],
          document,
        );
    return at;
  };
  const { openapi, jsonSchemaDialect, webhooks, info, components = {}, ...rest } = document;
  const { summary, license, ...restInfo } = info;
  const { identifier, ...restLicense } = license ?? {};
  const { schemas = {}, ...otherComponents } = components;
  const converted = Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [name, schemaTo30(schema, resolve)]),
  );
  const out = {
    openapi: '3.0.3',
    info: {
      ...restInfo,
      ...(license
        ? {
            license: {
              ...restLicense,
              ...(identifier && !restLicense.url ? { url: `https://spdx.org/licenses/${identifier}.html` } : {}),
            },
          }
        : {}),
    },
    ...mapSchemas(rest, resolve),
    components: { ...mapSchemas(otherComponents, resolve), schemas: converted },
  };
  return dropUnused(out);
}

/**
 * Schemas nothing refers to any more (a closed schema's inlined members): 3.0 lint refuses unused components.
 * @param {Node} document
 */
function dropUnused(document) {
  for (;;) {
    const text = JSON.stringify({ ...document, components: { ...document.components, schemas: undefined } });
    const schemas = document.components.schemas;
    /** @param {string} name */
    const referenced = (name) =>
      text.includes(`"#/components/schemas/${name}"`) ||
      Object.entries(schemas).some(
        ([other, schema]) => other !== name && JSON.stringify(schema).includes(`"#/components/schemas/${name}"`),
      );
    const unused = Object.keys(schemas).filter((name) => !referenced(name));
    if (!unused.length) return document;
    for (const name of unused) delete schemas[name];
  }
}
