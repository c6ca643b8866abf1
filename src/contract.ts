// `webex-org-contacts/contract`: validators compiled from the bundled document (generated/openapi.json),
// so users hold their own traffic and fixtures to the same contract the mock and the tests use.
// Kept apart from the main entry: it needs Ajv (optional peer dependencies) and the whole document.
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import document from '../generated/openapi.json' with { type: 'json' };
import type { operations } from '../generated/schema.js';

/** One reason a value breaks the contract. */
export interface ContractError {
  /** JSON pointer (RFC 6901) to the offending value; for a missing or unknown field, to that field. */
  path: string;
  /** The JSON Schema keyword that failed: `required`, `enum`, `format`, `unevaluatedProperties`, ... */
  rule: string;
  /** The path and what is wrong, in words. */
  message: string;
}

export interface ContractResult {
  valid: boolean;
  /** At most `maxErrors` of them, in the order found; each message once. */
  errors: ContractError[];
  /** Present when more errors were found than `maxErrors` lets the result list. */
  truncated?: true;
}

export interface ContractOptions {
  /**
   * The most errors a result lists: a whole number from 1, or `Infinity` for all (default 100). Past it,
   * `truncated` is set. Whatever the limit, a validation's time grows in proportion to the value's size.
   */
  maxErrors?: number;
}

const defaultMaxErrors = 100;

function maxErrorsOf(options: ContractOptions | undefined): number {
  const maxErrors = options?.maxErrors ?? defaultMaxErrors;
  if (maxErrors === Infinity || (Number.isInteger(maxErrors) && maxErrors >= 1)) return maxErrors;
  throw new TypeError(
    `webex-org-contacts/contract: maxErrors must be a whole number from 1, or Infinity (got ${String(maxErrors)})`,
  );
}

export type OperationId = keyof operations;

// The parts of an OpenAPI document these validators read.
interface SchemaNode {
  $ref?: string;
  title?: string;
  const?: unknown;
  oneOf?: SchemaNode[];
  allOf?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
}
/** A response or a request body: both carry their schema in `content`. */
interface ContentNode {
  $ref?: string;
  required?: boolean;
  content?: Record<string, { schema?: SchemaNode }>;
}
interface OperationNode {
  operationId?: string;
  requestBody?: ContentNode;
  responses?: Record<string, ContentNode>;
}

const documentId = 'https://webex-org-contacts.invalid/openapi.json';
const openapi = document as unknown as { paths: Record<string, Record<string, OperationNode>> };

// ajv-formats is CommonJS; depending on the loader its plugin is the module or its `default`.
const addFormats = ((formats as { default?: unknown }).default ?? formats) as (ajv: Ajv2020) => Ajv2020;

let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

/** Compiles lazily: importing the module costs nothing until the first validation. */
function validatorAt(pointer: string): ValidateFunction {
  let validate = compiled.get(pointer);
  if (validate) return validate;
  if (!ajv) {
    // strict: false because what is added is the whole OpenAPI document, whose keys JSON Schema does not know;
    // verbose so an anyOf or oneOf error carries its branches (see explainAnyOf, explainOneOf).
    ajv = new Ajv2020({ strict: false, allErrors: true, verbose: true });
    addFormats(ajv);
    ajv.addSchema({ ...(inlineRefs(document, []) as object), $id: documentId });
  }
  validate = ajv.getSchema(`${documentId}#${encodeURI(pointer)}`);
  if (!validate) throw new Error(`webex-org-contacts/contract: no schema at ${pointer} in the bundled document`);
  compiled.set(pointer, validate);
  return validate;
}

function nodeAt<T>(pointer: string): T | undefined {
  let at: unknown = document;
  for (const raw of pointer.split('/').slice(1)) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return at as T | undefined;
}

const escapePointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * A copy of `node` with each local `$ref` replaced by what it points to. Ajv merges the errors of a
 * schema it calls (a `$ref` it does not inline itself) into the caller's with `concat`, copying the
 * whole list once per failing call: an array of n invalid items cost n² copies. Inlined, each error is
 * pushed once. A `$ref` with other keywords beside it becomes an `allOf` entry, its meaning in JSON
 * Schema 2020-12; one that refers back into itself (recursion) is left for Ajv to call.
 */
function inlineRefs(node: unknown, resolving: string[]): unknown {
  if (Array.isArray(node)) return node.map((item) => inlineRefs(item, resolving));
  if (node === null || typeof node !== 'object') return node;
  const { $ref, ...rest } = node as Record<string, unknown>;
  const copy = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, inlineRefs(value, resolving)]));
  if (typeof $ref !== 'string') return $ref === undefined ? copy : { ...copy, $ref };
  if (!$ref.startsWith('#/') || resolving.includes($ref)) return { ...copy, $ref };
  const target = inlineRefs(nodeAt(decodeURI($ref.slice(1))), [...resolving, $ref]);
  if (Object.keys(copy).length === 0) return target;
  const allOf = Array.isArray(copy.allOf) ? copy.allOf : [];
  return { ...copy, allOf: [...allOf, target] };
}

/** The field a `required` or unknown-field error is about (Ajv points at the object around it). */
function fieldOf(error: ErrorObject): string | undefined {
  const params = error.params as Record<string, unknown>;
  const field = params.missingProperty ?? params.additionalProperty ?? params.unevaluatedProperty;
  return typeof field === 'string' ? field : undefined;
}

function toContractError(error: ErrorObject): ContractError {
  const params = error.params as Record<string, unknown>;
  // Point at the field itself when Ajv points at the object that lacks or has too much of it.
  const field = fieldOf(error);
  const path = field === undefined ? error.instancePath : `${error.instancePath}/${escapePointer(field)}`;
  const allowed = Array.isArray(params.allowedValues) ? `: ${params.allowedValues.join(', ')}` : '';
  const constant = 'allowedValue' in params ? `: ${JSON.stringify(params.allowedValue)}` : '';
  const said =
    error.keyword === 'required'
      ? `is required${Array.isArray(params.alternatives) ? ` (or ${params.alternatives.join(' or ')})` : ''}`
      : field !== undefined
        ? 'is not a known field'
        : Array.isArray(params.refused)
          ? `matches none of: ${branchReasons(error, params.refused).join('; ')}`
          : `${error.message ?? 'is invalid'}${allowed}${constant}`;
  return { path, rule: error.keyword, message: `${path || '/'} ${said}` };
}

/**
 * Ajv reports a failed `anyOf` (a CH contact needs emails, phoneNumbers or sipAddresses) as the failure
 * of every branch. If one branch's field is present and only its value is wrong (an email of an
 * unknown type), that error is the reason: the other branches' "is required" would send the user the
 * wrong way. If every field is missing, each "is required" names the alternatives instead.
 * A value of the wrong type for every branch (a number where a tolerant enum takes any string) fails
 * on its type: a branch's "must be equal to one of the allowed values" would say a listed value is
 * needed, when any string would do.
 * Returns, for each of Ajv's errors, the one to report: itself, a copy naming the alternatives, or none.
 */
function explainAnyOf(errors: ErrorObject[]): (error: ErrorObject) => ErrorObject | undefined {
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf' && Array.isArray(e.schema));
  if (anyOfs.length === 0) return (e) => e;
  // Each anyOf looks only at the errors of its own value, so the work stays in proportion to the errors.
  const paths = new Set(anyOfs.map((e) => e.instancePath));
  const at = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    if (!paths.has(e.instancePath)) continue;
    const list = at.get(e.instancePath);
    if (list) list.push(e);
    else at.set(e.instancePath, [e]);
  }
  const dropped = new Set<ErrorObject>(anyOfs);
  const replaced = new Map<ErrorObject, ErrorObject>();
  for (const anyOf of anyOfs) {
    const branches = (anyOf.schema as unknown[]).length;
    const inBranch = `${anyOf.schemaPath}/`;
    const here = (at.get(anyOf.instancePath) ?? []).filter((e) => !dropped.has(e));
    const missing = here.filter((e) => e.keyword === 'required' && e.schemaPath.startsWith(inBranch));
    if (here.filter((e) => e.keyword === 'type').length >= branches) {
      for (const e of here) if (e.keyword === 'enum' || e.keyword === 'const') dropped.add(e);
    } else if (missing.length < branches) {
      for (const e of missing) dropped.add(e);
    } else {
      const fields = missing.map((e) => `${e.instancePath}/${escapePointer(String(e.params.missingProperty))}`);
      missing.forEach((e, i) => {
        replaced.set(e, { ...e, params: { ...e.params, alternatives: fields.filter((_, j) => j !== i) } });
      });
    }
  }
  return (e) => (dropped.has(e) ? undefined : (replaced.get(e) ?? e));
}

/**
 * A `oneOf` without a discriminator (a bulk item: an update, or a create of one source or the other)
 * that no branch matches is one error at the value, naming each branch by its title with the reason
 * nearest the value's top that it refused the value (a missing `contactId` rather than a bad email).
 * Ajv's flat list would mix every branch's errors, and send the user after a `contactId` a create never
 * has. Ajv pushes a branch's errors just before the `oneOf`'s own, so each error is looked at once per
 * `oneOf` around it.
 */
function explainOneOf(errors: ErrorObject[]): ErrorObject[] {
  const out: ErrorObject[] = [];
  for (const error of errors) {
    const branches = error.schema;
    if (error.keyword !== 'oneOf' || error.params.passingSchemas !== null || !Array.isArray(branches)) {
      out.push(error);
      continue;
    }
    const prefix = `${error.schemaPath}/`;
    let start = out.length;
    while (start > 0 && out[start - 1]?.schemaPath.startsWith(prefix)) start--;
    // Worded only if the result lists it (see branchReasons): most of a long list is left out.
    const refused = out.splice(start);
    out.push({ ...error, params: { ...error.params, refused } });
  }
  return out;
}

/** Each branch of a failed `oneOf` by its title, with the reason nearest the top that it refused the value. */
function branchReasons(oneOf: ErrorObject, refused: ErrorObject[]): string[] {
  return (oneOf.schema as SchemaNode[]).map((branch, i) => {
    const name = branch.title ?? `branch ${i + 1}`;
    const inBranch = `${oneOf.schemaPath}/${i}/`;
    const reason = nearestTop(refused.filter((e) => e.schemaPath.startsWith(inBranch)));
    return reason ? `${name} (${toContractError(reason).message})` : name;
  });
}

/**
 * The error nearest the top of the value: the most basic reason. At one depth, a value the schema does
 * not allow (a `source` of another kind) says more than a field it would need.
 */
function nearestTop(errors: ErrorObject[]): ErrorObject | undefined {
  let best: ErrorObject | undefined;
  let bestRank = Infinity;
  for (const error of errors) {
    const depth = error.instancePath.split('/').length + (fieldOf(error) === undefined ? 0 : 1);
    const rank = depth * 2 - (error.keyword === 'const' || error.keyword === 'enum' ? 1 : 0);
    if (rank < bestRank) [best, bestRank] = [error, rank];
  }
  return best;
}

/** Runs `validate`, then words its errors: each message once, at most `maxErrors` of them. */
function result(validate: ValidateFunction, value: unknown, maxErrors: number): ContractResult {
  const valid = validate(value) === true;
  const errors: ContractError[] = [];
  const seen = new Set<string>();
  const found = validate.errors ?? [];
  const explainedAnyOf = explainAnyOf(found);
  const explained = explainOneOf(found.flatMap((e) => explainedAnyOf(e) ?? []));
  for (const each of explained) {
    const error = toContractError(each);
    if (seen.has(error.message)) continue;
    if (errors.length >= maxErrors) return { valid, errors, truncated: true };
    seen.add(error.message);
    errors.push(error);
  }
  return { valid, errors };
}

/** `node`, or what its local `$ref` points to. */
const resolved = (node: SchemaNode | undefined): SchemaNode | undefined =>
  node?.$ref?.startsWith('#/') ? nodeAt<SchemaNode>(node.$ref.slice(1)) : node;

/** The `const` of each property `node` fixes, in its own `properties` or in its `allOf` members. */
function constsOf(node: SchemaNode | undefined, consts = new Map<string, unknown>()): Map<string, unknown> {
  const schema = resolved(node);
  for (const [name, property] of Object.entries(schema?.properties ?? {})) {
    const value = resolved(property)?.const;
    if (value !== undefined) consts.set(name, value);
  }
  for (const member of schema?.allOf ?? []) constsOf(member, consts);
  return consts;
}

interface Tag {
  property: string;
  /** Each value of the property, with the pointer to the branch it selects. */
  branches: Map<unknown, string>;
}

/**
 * The property that each branch of the `oneOf` at `pointer` fixes to a `const` of its own (Create's
 * `source`), or undefined if none tells the branches apart (a bulk item: an update has no fixed source).
 */
function tagAt(pointer: string): Tag | undefined {
  const branches = nodeAt<SchemaNode>(pointer)?.oneOf;
  if (!branches) return undefined;
  const consts = branches.map((branch) => constsOf(branch));
  for (const property of consts[0]?.keys() ?? []) {
    const values = consts.map((each) => each.get(property));
    if (values.includes(undefined) || new Set(values).size !== values.length) continue;
    return { property, branches: new Map(values.map((value, i) => [value, `${pointer}/oneOf/${i}`])) };
  }
  return undefined;
}

const tags = new Map<string, Tag | undefined>();

/**
 * Validates against the schema at `pointer`. A `oneOf` whose branches each fix one property to their own
 * value (Create's `source`) is checked against the branch the value names, so the errors are that
 * branch's and not every branch's.
 */
function validateAt(pointer: string, value: unknown, options: ContractOptions | undefined): ContractResult {
  const maxErrors = maxErrorsOf(options);
  const schema = nodeAt<SchemaNode>(pointer);
  const target = schema?.$ref ? schema.$ref.slice(1) : pointer;
  if (!tags.has(target)) tags.set(target, tagAt(target));
  const tag = tags.get(target);
  if (!tag || value === null || typeof value !== 'object' || Array.isArray(value))
    return result(validatorAt(target), value, maxErrors);
  const named = (value as Record<string, unknown>)[tag.property];
  const branch = tag.branches.get(named);
  if (branch) return result(validatorAt(branch), value, maxErrors);
  // No branch to check against: every branch would fail on the tag alone, so name only that.
  const path = `/${escapePointer(tag.property)}`;
  if (named === undefined)
    return { valid: false, errors: [{ path, rule: 'required', message: `${path} is required` }] };
  const allowed = [...tag.branches.keys()].join(', ');
  const message = `${path} must be equal to one of the allowed values: ${allowed}`;
  return { valid: false, errors: [{ path, rule: 'enum', message }] };
}

/**
 * Checks a contact as Get a Contact or Create a Contact returns it (tolerant of values added later).
 * Lists at most `options.maxErrors` errors (default 100); time grows in proportion to the value's size.
 */
export function validateContact(value: unknown, options?: ContractOptions): ContractResult {
  return validateAt('/components/schemas/Contact', value, options);
}

/**
 * Checks a Create a Contact body, with the rules of its `source` (strict: unknown fields are refused).
 * Lists at most `options.maxErrors` errors (default 100); time grows in proportion to the value's size.
 */
export function validateCreateContactRequest(value: unknown, options?: ContractOptions): ContractResult {
  return validateAt('/components/schemas/CreateContactRequest', value, options);
}

/** The pointer to `operationId`'s operation object in the document. */
function operationAt(operationId: OperationId): string {
  for (const [path, item] of Object.entries(openapi.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (operation?.operationId === operationId) return `/paths/${escapePointer(path)}/${method}`;
    }
  }
  throw new TypeError(`webex-org-contacts/contract: no operation ${String(operationId)} in the document`);
}

/** Checks `body` against the JSON schema of a request body or a response (`pointer`, `$ref` followed). */
function validateContent(pointer: string, body: unknown, options: ContractOptions | undefined): ContractResult {
  const ref = nodeAt<ContentNode>(pointer)?.$ref;
  const resolved = ref ? ref.slice(1) : pointer;
  if (!nodeAt<ContentNode>(resolved)?.content?.['application/json']?.schema) return { valid: true, errors: [] };
  return validateAt(`${resolved}/content/application~1json/schema`, body, options);
}

/**
 * Checks a request body against what the document says `operationId` takes: Create's rules per
 * `source`, Update's fields, each bulk item as an update or a create. An operation that takes no body
 * (Get, Delete, List) takes `undefined` only. Lists at most `options.maxErrors` errors (default 100);
 * time grows in proportion to the body's size.
 */
export function validateRequest(operationId: OperationId, body: unknown, options?: ContractOptions): ContractResult {
  maxErrorsOf(options);
  const operation = operationAt(operationId);
  const requestBody = nodeAt<ContentNode>(`${operation}/requestBody`);
  const resolved = requestBody?.$ref ? nodeAt<ContentNode>(requestBody.$ref.slice(1)) : requestBody;
  if (body === undefined) {
    if (!resolved?.required) return { valid: true, errors: [] };
    return {
      valid: false,
      errors: [{ path: '', rule: 'requestBody', message: `/ is required: ${operationId} takes a request body` }],
    };
  }
  if (!resolved) {
    return {
      valid: false,
      errors: [{ path: '', rule: 'requestBody', message: `/ is not allowed: ${operationId} takes no request body` }],
    };
  }
  return validateContent(`${operation}/requestBody`, body, options);
}

/**
 * Checks a response body against what the document says `operationId` returns with `status`.
 * A status the operation does not document is an error of its own. Lists at most `options.maxErrors`
 * errors (default 100); time grows in proportion to the body's size.
 */
export function validateResponse(
  operationId: OperationId,
  status: number,
  body: unknown,
  options?: ContractOptions,
): ContractResult {
  maxErrorsOf(options);
  const operation = operationAt(operationId);
  const responses = nodeAt<Record<string, ContentNode>>(`${operation}/responses`) ?? {};
  const key = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => k in responses);
  if (!key) {
    const message = `status ${status} is not a documented response of ${operationId} (documented: ${Object.keys(responses).join(', ')})`;
    return { valid: false, errors: [{ path: '', rule: 'status', message }] };
  }
  return validateContent(`${operation}/responses/${escapePointer(key)}`, body, options);
}
