// A policy file on top of the built-in strict default. mergePolicy is only called with a document
// that passed the schema (src/core/policy.schema.json) and semanticProblems; the checks here are
// the ones a schema cannot say well. semanticProblems also runs on documents the schema rejected
// (it guards every access), so a mistake gets its clearest message at its own path.

import { DEFAULT_POLICY, Policy, TrustedDomain } from "./policy";
import { ownUrlProblem } from "./own-url";

export interface PolicyProblem {
  /** JSON pointer of the offending value, e.g. `/markers/header/value`. */
  path: string;
  message: string;
}

export interface SemanticOptions {
  /** The add-in's base URL (its origin decides where noticesUrl may point); null when unknown. */
  baseUrl: string | null;
}

function isObject(x: unknown): x is { [key: string]: unknown } {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function headerProblems(doc: { [key: string]: unknown }, out: PolicyProblem[]): void {
  const markers = doc.markers;
  const header = isObject(markers) ? markers.header : undefined;
  const value = isObject(header) ? header.value : undefined;
  if (typeof value === "string" && /sign/i.test(value) && !/encrypt/i.test(value)) {
    out.push({
      path: "/markers/header/value",
      message: "names signing without encryption; secure post is always signed AND encrypted",
    });
  }
}

const DOMAIN = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

function trustedDomainProblems(doc: { [key: string]: unknown }, out: PolicyProblem[]): void {
  const list = doc.trustedRecipientDomains;
  if (!Array.isArray(list)) return;
  list.forEach((entry: unknown, i: number) => {
    if (!isObject(entry)) return;
    const at = `/trustedRecipientDomains/${i}`;
    if (typeof entry.domain === "string" && (entry.domain.length > 253 || !DOMAIN.test(entry.domain))) {
      out.push({ path: `${at}/domain`, message: `'${entry.domain}' is not a domain name such as kk.dk (lower case, no '*', no '@', no scheme)` });
    }
    if (!Array.isArray(entry.types)) return;
    entry.types.forEach((type: unknown, j: number) => {
      // Encryption of special-category data may only be relaxed category by category, in writing,
      // never by a pattern that would silently take in whatever a future detector reports.
      if (typeof type === "string" && type.indexOf("*") >= 0) {
        out.push({
          path: `${at}/types/${j}`,
          message: `'${type}' is a wildcard; name each finding type (e.g. dk-cpr, sensitive:health) one by one`,
        });
      }
    });
  });
}

function noticesUrlProblems(doc: { [key: string]: unknown }, opts: SemanticOptions, out: PolicyProblem[]): void {
  if (typeof doc.noticesUrl !== "string" || doc.noticesUrl.length === 0) return;
  const problem = ownUrlProblem(doc.noticesUrl, opts.baseUrl);
  if (problem) out.push({ path: "/noticesUrl", message: problem });
}

/** Problems a schema does not say well: sign-only markers, wildcard relaxations, foreign notices. */
export function semanticProblems(doc: unknown, opts: SemanticOptions = { baseUrl: null }): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  if (!isObject(doc)) return problems;
  headerProblems(doc, problems);
  trustedDomainProblems(doc, problems);
  noticesUrlProblems(doc, opts, problems);
  return problems;
}

function copyDomains(list: TrustedDomain[]): TrustedDomain[] {
  return list.map((d) => ({ domain: d.domain.toLowerCase(), types: d.types.slice() }));
}

export function mergePolicy(doc: Partial<Policy>): Policy {
  const d = DEFAULT_POLICY;
  const markers = doc.markers
    ? {
        header: { name: doc.markers.header.name, value: doc.markers.header.value },
        subjectTag: doc.markers.subjectTag,
        sensitivityLabelId: doc.markers.sensitivityLabelId,
      }
    : d.markers;
  const actions: Policy["actions"] = {};
  for (const k in d.actions) actions[k] = d.actions[k];
  if (doc.actions) for (const k in doc.actions) actions[k] = doc.actions[k];
  return {
    version: doc.version !== undefined ? doc.version : "custom",
    markers,
    onPersonalData: doc.onPersonalData || d.onPersonalData,
    actions,
    minConfidence: doc.minConfidence !== undefined ? doc.minConfidence : d.minConfidence,
    unreadableAttachments: doc.unreadableAttachments || d.unreadableAttachments,
    maxStateAgeMinutes: doc.maxStateAgeMinutes !== undefined ? doc.maxStateAgeMinutes : d.maxStateAgeMinutes,
    watchdogMs: doc.watchdogMs !== undefined ? doc.watchdogMs : d.watchdogMs,
    armOnNewMessage: doc.armOnNewMessage !== undefined ? doc.armOnNewMessage : d.armOnNewMessage,
    cprMask: doc.cprMask || d.cprMask,
    // Lists replace the default rather than add to it: the file says the whole list.
    trustedRecipientDomains: copyDomains(doc.trustedRecipientDomains || d.trustedRecipientDomains),
    noticesUrl: doc.noticesUrl !== undefined ? doc.noticesUrl : d.noticesUrl,
    languages: (doc.languages || d.languages).slice(),
  };
}
