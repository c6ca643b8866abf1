// Reading the JSON of an answer, which may be anything: an HTML page, a list, nothing.

/** A JSON object: what every body of this API is, when it is what the document says. */
export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `text` parsed, when it is JSON; undefined when it is not. */
export function parseJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}
