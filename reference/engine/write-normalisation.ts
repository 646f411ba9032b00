// What Twenty's record transformer does to a body before it is stored (contract
// §1.2): link URLs lose their trailing slash and get a lower-case scheme and
// host; email addresses are lower-cased. Applied to creates and updates alike,
// never to the seed (which is stored as written). The `link-not-normalised`
// fault skips the link half.
import type { ObjectDef } from '../datamodel/types.ts';
import type { ActiveFault } from '../faults/catalogue.ts';
import { isPlainObject } from './record-input.ts';

/** `https://Example.COM/Path/` → `https://example.com/Path`; text that is no URL only loses the trailing slash. */
export function normaliseLinkUrl(url: string): string {
  const trimmed = url.replace(/\/+$/, '');
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)(.*)$/i.exec(trimmed);
  if (!match) return trimmed;
  const [, scheme, host, rest] = match as unknown as [string, string, string, string];
  return `${scheme.toLowerCase()}${host.toLowerCase()}${rest}`;
}

export const normaliseEmail = (email: string) => email.toLowerCase();

const mapStrings = (value: unknown, change: (text: string) => string) =>
  Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? change(item) : item)) : value;

function normaliseLinks(value: Record<string, unknown>): Record<string, unknown> {
  const out = { ...value };
  if (typeof out.primaryLinkUrl === 'string') out.primaryLinkUrl = normaliseLinkUrl(out.primaryLinkUrl);
  if (Array.isArray(out.secondaryLinks)) {
    out.secondaryLinks = out.secondaryLinks.map((link) =>
      isPlainObject(link) && typeof link.url === 'string' ? { ...link, url: normaliseLinkUrl(link.url) } : link,
    );
  }
  return out;
}

function normaliseEmails(value: Record<string, unknown>): Record<string, unknown> {
  const out = { ...value };
  if (typeof out.primaryEmail === 'string') out.primaryEmail = normaliseEmail(out.primaryEmail);
  out.additionalEmails = mapStrings(out.additionalEmails, normaliseEmail);
  if (out.additionalEmails === undefined) delete out.additionalEmails;
  return out;
}

export function normaliseWriteBody(object: ObjectDef, body: unknown, fault: ActiveFault): unknown {
  if (!isPlainObject(body)) return body;
  const out: Record<string, unknown> = { ...body };
  for (const field of object.fields) {
    const value = out[field.name];
    if (!isPlainObject(value)) continue;
    if (field.kind === 'LINKS' && !fault.is('link-not-normalised')) out[field.name] = normaliseLinks(value);
    if (field.kind === 'EMAILS') out[field.name] = normaliseEmails(value);
  }
  return out;
}
