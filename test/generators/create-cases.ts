// The Create bodies every generator is held to: the document's own Create examples, and one-rule
// mutations of them, each with whether the API accepts it. Shared by the TypeScript matrix and the
// runtime checks of other languages' models.
import { bundledDocument, documented, responseExamples } from '../fixtures/operations.js';

const examples = Object.values(documented('createContact').requestExamples) as Record<string, any>[];
const ch = examples.find((body) => body.source === 'CH')!;
const bw = examples.find((body) => body.source === 'Webex4Broadworks')!;
const { emails: _e, phoneNumbers: _p, sipAddresses: _s, ...chWithoutMethod } = ch;
const { displayName: _d, ...bwWithoutName } = bw;
const { displayName, ...chRest } = ch;
export const operationIds = Object.values<Record<string, { operationId?: string }>>(bundledDocument.paths).flatMap(
  (item) => Object.values(item).flatMap((op) => (op?.operationId ? [op.operationId] : [])),
);
/** The schema each operation's JSON request body refers to, by name (CreateContactRequest, ...). */
export const requestSchemas = Object.values<Record<string, any>>(bundledDocument.paths).flatMap((item) =>
  Object.values(item).flatMap((op) => {
    const ref: unknown = op?.requestBody?.content?.['application/json']?.schema?.$ref;
    return typeof ref === 'string' ? [ref.slice(ref.lastIndexOf('/') + 1)] : [];
  }),
);
export const getExample = Object.values(responseExamples('getContact', 200))[0] as Record<string, any>;

/** The Create cases: [rule, body, whether the API accepts it]. */
export const createCases = {
  'CH example': [ch, true],
  'Webex4Broadworks example': [bw, true],
  'CH without a contact method': [chWithoutMethod, false],
  'CH with an empty emails list': [{ ...chWithoutMethod, emails: [] }, false],
  'Webex4Broadworks without displayName': [bwWithoutName, false],
  'an email type outside the enum': [{ ...ch, emails: [{ ...ch.emails[0], type: 'not-an-email-type' }] }, false],
  'a misspelt field (displayNmae)': [{ ...chRest, displayNmae: displayName }, false],
  'an unknown source (LDAP)': [{ ...ch, source: 'LDAP' }, false],
} as const satisfies Record<string, readonly [object, boolean]>;
export type Rule = keyof typeof createCases;
export const tolerant = 'Get example (SIP type `work`) as the Contact type';

export type Verdict = 'accepted' | 'refused';

const invalidRules = (Object.keys(createCases) as Rule[]).filter((rule) => !createCases[rule][1]);

/** The README header of the table each generator's row belongs to (README "Generate a client in your language"). */
export const readmeHeader = `| generator | what checks | ${invalidRules.join(' | ')} | reads SIP type \`work\` |\n| --- | --- |${' :-: |'.repeat(invalidRules.length + 1)}`;

/**
 * One README row: `verdicts` for each invalid case ("refused" shows as refused, anything else, or no
 * verdicts at all when nothing is checked, as —). Each test asserts its own rows are in the README.
 */
export function readmeRow(
  generator: string,
  checks: string,
  verdicts: Partial<Record<Rule, Verdict>> | undefined,
  tolerates: boolean | undefined,
): string {
  const cells = invalidRules.map((rule) => (verdicts?.[rule] === 'refused' ? 'refused' : '—'));
  return `| ${generator} | ${checks} | ${cells.join(' | ')} | ${tolerates === undefined ? '—' : tolerates ? 'yes' : 'NO'} |`;
}
