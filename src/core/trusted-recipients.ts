// The one relaxation a policy can write down: finding types that need not go by secure post when
// EVERY recipient is in a domain the admin trusts for exactly those types. It never applies by
// default (the list is empty), never to a type not named one by one, and never when a recipient
// is outside the list or the recipients could not be read: then nothing is relaxed.

import { actionFor, Policy, TrustedDomain } from "./policy";
import { ScanResult } from "./types";

export interface Relaxation {
  /** The trusted domains the recipients are in (policy spelling), for the user to read. */
  domains: string[];
  /** The finding types that would have required secure post, all relaxed. */
  types: string[];
}

const DOMAIN = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** The domain of `local@domain`, lower-case; null for anything that is not a plain address. */
export function domainOfAddress(address: string): string | null {
  const a = String(address || "").trim().toLowerCase();
  const at = a.lastIndexOf("@");
  if (at <= 0) return null;
  const domain = a.slice(at + 1);
  return DOMAIN.test(domain) ? domain : null;
}

function matches(domain: string, trusted: string): boolean {
  // Label boundary: "evilkk.dk" is not in kk.dk, "kk.dk.evil.example" neither.
  return domain === trusted || domain.slice(-(trusted.length + 1)) === "." + trusted;
}

function unique(xs: string[]): string[] {
  return xs.filter((x, i) => xs.indexOf(x) === i);
}

/**
 * The types relaxed for these recipients: a type is relaxed when every recipient is in some
 * trusted domain that lists it. `domains` are the entries the recipients fell in.
 */
export function relaxedFor(trusted: TrustedDomain[], recipients: string[]): Relaxation {
  if (trusted.length === 0 || recipients.length === 0) return { domains: [], types: [] };
  let types: string[] | null = null;
  const domains: string[] = [];
  for (const address of recipients) {
    const domain = domainOfAddress(address);
    const entries = domain ? trusted.filter((t) => matches(domain, t.domain.toLowerCase())) : [];
    if (entries.length === 0) return { domains: [], types: [] };
    let mine: string[] = [];
    for (const e of entries) {
      mine = mine.concat(e.types);
      domains.push(e.domain);
    }
    types = types === null ? unique(mine) : types.filter((t) => mine.indexOf(t) >= 0);
  }
  return { domains: unique(domains), types: types || [] };
}

/**
 * Whether the relaxation decides the verdict: the message needs secure post only because of
 * findings whose types are all relaxed for these recipients. An unreadable attachment is never
 * relaxed (nobody knows what it holds), nor is anything when the recipients are unknown (null).
 */
export function trustedRelaxation(policy: Policy, scan: ScanResult, recipients: string[] | null | undefined): Relaxation | null {
  if (!recipients || policy.trustedRecipientDomains.length === 0) return null;
  if (scan.unreadable.length > 0 && policy.unreadableAttachments === "require-secure") return null;
  const decisive = unique(scan.findings.filter((f) => actionFor(policy, f.type) === "require-secure").map((f) => f.type));
  if (decisive.length === 0) return null;
  const relaxed = relaxedFor(policy.trustedRecipientDomains, recipients);
  if (!decisive.every((t) => relaxed.types.indexOf(t) >= 0)) return null;
  return { domains: relaxed.domains, types: decisive };
}
