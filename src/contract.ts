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
  errors: ContractError[];
}

export type OperationId = keyof operations;

// The parts of an OpenAPI document these validators read.
interface SchemaNode {
  $ref?: string;
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
}
interface ResponseNode {
  $ref?: string;
  content?: Record<string, { schema?: SchemaNode }>;
}
interface OperationNode {
  operationId?: string;
  responses?: Record<string, ResponseNode>;
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
    // strict: false because OpenAPI adds keywords (discriminator, example) that JSON Schema does not know;
    // verbose so an anyOf error carries its branches (see explainAnyOf).
    ajv = new Ajv2020({ strict: false, allErrors: true, verbose: true });
    addFormats(ajv);
    ajv.addSchema({ ...(document as object), $id: documentId });
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

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

function toContractError(error: ErrorObject): ContractError {
  const params = error.params as Record<string, unknown>;
  // Point at the field itself when Ajv points at the object that lacks or has too much of it.
  const field = params.missingProperty ?? params.additionalProperty ?? params.unevaluatedProperty;
  const path = typeof field === 'string' ? `${error.instancePath}/${escape(field)}` : error.instancePath;
  const allowed = Array.isArray(params.allowedValues) ? `: ${params.allowedValues.join(', ')}` : '';
  const constant = 'allowedValue' in params ? `: ${JSON.stringify(params.allowedValue)}` : '';
  const said =
    error.keyword === 'required'
      ? `is required${Array.isArray(params.alternatives) ? ` (or ${params.alternatives.join(' or ')})` : ''}`
    : typeof field === 'string' ? 'is not a known field'
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
 */
function explainAnyOf(errors: ErrorObject[]): ErrorObject[] {
  let out = errors;
  for (const anyOf of errors.filter((e) => e.keyword === 'anyOf' && Array.isArray(e.schema))) {
    const missing = out.filter(
      (e) => e.keyword === 'required' && e.instancePath === anyOf.instancePath && e.schemaPath.startsWith(`${anyOf.schemaPath}/`),
    );
    const fields = missing.map((e) => `${e.instancePath}/${escape(String(e.params.missingProperty))}`);
    const here = (e: ErrorObject) => e.instancePath === anyOf.instancePath;
    const wrongType = out.filter((e) => here(e) && e.keyword === 'type').length >= (anyOf.schema as unknown[]).length;
    if (wrongType) {
      out = out.filter((e) => e !== anyOf && !(here(e) && (e.keyword === 'enum' || e.keyword === 'const')));
    } else if (missing.length < (anyOf.schema as unknown[]).length) {
      out = out.filter((e) => e !== anyOf && !missing.includes(e));
    } else {
      const withAlternatives = (e: ErrorObject, at: number) => ({ ...e, params: { ...e.params, alternatives: fields.filter((_, i) => i !== at) } });
      out = out.filter((e) => e !== anyOf).map((e) => (missing.includes(e) ? withAlternatives(e, missing.indexOf(e)) : e));
    }
  }
  return out;
}

function result(validate: ValidateFunction, value: unknown): ContractResult {
  const valid = validate(value) === true;
  const seen = new Set<string>();
  const errors = explainAnyOf(validate.errors ?? []).map(toContractError).filter(
    (e) => !seen.has(e.message) && seen.add(e.message),
  );
  return { valid, errors };
}

/**
 * Validates against the schema at `pointer`. A `oneOf` with a discriminator is checked against the
 * branch the value names, so the errors are that branch's and not every branch's.
 */
function validateAt(pointer: string, value: unknown): ContractResult {
  const schema = nodeAt<SchemaNode>(pointer);
  const target = schema?.$ref ? schema.$ref.slice(1) : pointer;
  const discriminator = nodeAt<SchemaNode>(target)?.discriminator;
  if (!discriminator?.mapping || value === null || typeof value !== 'object' || Array.isArray(value))
    return result(validatorAt(target), value);
  const { propertyName, mapping } = discriminator;
  const tag = (value as Record<string, unknown>)[propertyName];
  const branch = typeof tag === 'string' && Object.hasOwn(mapping, tag) ? mapping[tag] : undefined;
  if (branch) return result(validatorAt(branch.slice(1)), value);
  // No branch to check against: every branch would fail on the tag alone, so name only that.
  const path = `/${escape(propertyName)}`;
  const message = `${path} must be one of ${Object.keys(mapping).join(', ')}`;
  return { valid: false, errors: [{ path, rule: 'discriminator', message }] };
}

/** Checks a contact as Get a Contact or Create a Contact returns it (tolerant of values added later). */
export function validateContact(value: unknown): ContractResult {
  return validateAt('/components/schemas/Contact', value);
}

/** Checks a Create a Contact body, with the rules of its `source` (strict: unknown fields are refused). */
export function validateCreateContactRequest(value: unknown): ContractResult {
  return validateAt('/components/schemas/CreateContactRequest', value);
}

/**
 * Checks a response body against what the document says `operationId` returns with `status`.
 * A status the operation does not document is an error of its own.
 */
export function validateResponse(operationId: OperationId, status: number, body: unknown): ContractResult {
  const found = Object.entries(openapi.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([, op]) => op && typeof op === 'object' && op.operationId === operationId)
      .map(([method]) => `/paths/${escape(path)}/${method}`),
  )[0];
  if (!found) throw new TypeError(`webex-org-contacts/contract: no operation ${String(operationId)} in the document`);
  const responses = nodeAt<Record<string, ResponseNode>>(`${found}/responses`) ?? {};
  const key = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => k in responses);
  if (!key) {
    const message = `status ${status} is not a documented response of ${operationId} (documented: ${Object.keys(responses).join(', ')})`;
    return { valid: false, errors: [{ path: '', rule: 'status', message }] };
  }
  const ref = responses[key]?.$ref;
  const responsePointer = ref ? ref.slice(1) : `${found}/responses/${key}`;
  if (!nodeAt<ResponseNode>(responsePointer)?.content?.['application/json']?.schema) return { valid: true, errors: [] };
  return validateAt(`${responsePointer}/content/application~1json/schema`, body);
}
