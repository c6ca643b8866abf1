// Preloaded into Prism (`node --require`): Prism copies a request's property names into its
// `sl-violations` header, and a name with a character outside Latin-1 (such as '𮚄') makes Node refuse
// the header and Prism exit. Such characters are written as JSON \u escapes instead, which is the same
// text once the header's JSON is parsed.
'use strict';
const http = require('node:http');

const unsafe = /[^\t\x20-\x7e\x80-\xff]/g;
/** @param {string} text */
const escapeUnsafe = (text) => text.replace(unsafe, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
/**
 * The value with every string in it escaped, of the same shape (the cast: TypeScript cannot follow it).
 * @template T
 * @param {T} value
 * @returns {T}
 */
const safe = (value) =>
  /** @type {T} */ (typeof value === 'string' ? escapeUnsafe(value) : Array.isArray(value) ? value.map(safe) : value);

const setHeader = http.ServerResponse.prototype.setHeader;
/**
 * @this {http.ServerResponse}
 * @param {string} name
 * @param {number | string | readonly string[]} value
 */
http.ServerResponse.prototype.setHeader = function setSafeHeader(name, value) {
  return setHeader.call(this, name, safe(value));
};
