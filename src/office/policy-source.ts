// Which policy is in force, and where it came from.
//
//   refreshPolicy   (OnNewMessageCompose, the taskpane at start and every 5 minutes)
//     fetch policy.json from the add-in's own origin within a short timeout → check it (the precompiled schema
//     validator and the semantic checks: the same as `policy check`) → in force as "fetched", and
//     kept as the last good copy in every store this runtime has.
//     Fetch failed (offline, HTTP error, timeout) or the file is invalid → the newest last good
//     copy (kept in memory or in a store, checked again) → else the built-in strict default.
//     Never anything else: a policy that fails the check is never used, not even in part.
//   policyForEvent  (Send, recipients changed, the ribbon button, the taskpane's first paint)
//     no network at all: the newest last good copy within a small storage budget, else what this
//     runtime already holds, else the built-in default. Send never waits on the network: the
//     event runtime may be a fresh one for every event, so a fetch at Send would cost every
//     Send its time; the copy fetched at compose or by the taskpane is the one Send uses.
//
// A policy.json that is removed (404) keeps the last good copy in force, like any other fetch
// failure: a host that is down must not look like "no policy". To return to the default, an
// admin publishes a policy that says so (e.g. `{ "version": "default" }`).

import { DEFAULT_POLICY, Policy, PolicyInForce } from "../core/policy";
import { checkPolicyText } from "../core/policy-check";
import { BASE_URL, ownUrl } from "./base-url";
import { bounded } from "./bounded";
import { fetchPolicyText } from "./policy-fetch";
import { availableStores, KeyValueStore, readStoredPolicies, StoredPolicy, writeStoredPolicy } from "./policy-store";

export interface PolicySourceDeps {
  fetchText: (url: string, ms: number) => Promise<string>;
  stores: () => KeyValueStore[];
  now: () => Date;
  /** The add-in's base URL: where policy.json is, and the origin noticesUrl must keep to. */
  baseUrl: string;
  /** The network's budget in refreshPolicy. */
  fetchMs: number;
  /** Each store's budget, for reads and writes. */
  storageMs: number;
}

/**
 * policy.json beside the add-in's pages. A page (taskpane, commands.html, the browser event
 * runtimes) was loaded by Outlook from the manifest's host, so the relative URL is that origin,
 * whatever port or path it is served on; classic Outlook's JavaScript-only runtime has no page
 * to resolve against, so it gets the absolute build-time URL.
 */
function policyUrl(baseUrl: string): string {
  try {
    if (typeof document !== "undefined" && typeof location !== "undefined" && /^https?:$/.test(location.protocol)) return "policy.json";
  } catch (e) {
    // No usable location: the absolute URL below.
  }
  return ownUrl("policy.json", baseUrl);
}

const DEFAULTS: PolicySourceDeps = {
  fetchText: fetchPolicyText,
  stores: availableStores,
  now: () => new Date(),
  baseUrl: BASE_URL,
  fetchMs: 3000,
  storageMs: 500,
};

const BUILT_IN: PolicyInForce = { policy: DEFAULT_POLICY, source: "built-in", version: DEFAULT_POLICY.version };

let inForce: PolicyInForce = BUILT_IN;
/** The newest copy that passed the check in this runtime (fetched or read back). */
let goodCopy: StoredPolicy | null = null;

function withDefaults(deps?: Partial<PolicySourceDeps>): PolicySourceDeps {
  const d: PolicySourceDeps = { ...DEFAULTS };
  if (deps) for (const k in deps) (d as any)[k] = (deps as any)[k];
  return d;
}

function check(text: string, baseUrl: string): Policy | null {
  try {
    const r = checkPolicyText(text, { baseUrl });
    return r.ok ? r.policy : null;
  } catch (e) {
    return null;
  }
}

function adopt(p: PolicyInForce): PolicyInForce {
  inForce = p;
  return p;
}

/** The policy in force now; the built-in strict default until something better was checked. */
export function currentPolicy(): Policy {
  return inForce.policy;
}

/** The policy in force with its source and version, as the taskpane shows it. */
export function policyInForce(): PolicyInForce {
  return inForce;
}

/** The newest good copy, from memory or a store, checked again; null when there is none. */
function lastGood(d: PolicySourceDeps): Promise<PolicyInForce | null> {
  let stores: KeyValueStore[] = [];
  try {
    stores = d.stores();
  } catch (e) {
    stores = [];
  }
  return readStoredPolicies(stores, d.storageMs, () => true).then(
    (stored) => {
      const candidates = stored.slice();
      if (goodCopy) candidates.push(goodCopy);
      candidates.sort((x, y) => (x.at < y.at ? 1 : x.at > y.at ? -1 : 0));
      for (const c of candidates) {
        const policy = check(c.text, d.baseUrl);
        if (!policy) continue;
        if (!goodCopy || c.at > goodCopy.at) goodCopy = c;
        return { policy, source: "last-good" as const, at: c.at, version: policy.version };
      }
      return null;
    },
    () => null,
  );
}

/** The storage budget of an event: a small part of its watchdog, so reading never costs the verdict. */
export function eventStorageMs(policy: Policy): number {
  return Math.min(500, Math.floor(policy.watchdogMs / 8));
}

/** Without network: the newest last good copy, else what this runtime holds. Never rejects. */
export function policyForEvent(deps?: Partial<PolicySourceDeps>): Promise<PolicyInForce> {
  const d = withDefaults(deps);
  return lastGood(d).then(
    (p) => {
      // What was fetched in this runtime is as new as its copy in the stores, and says "fetched".
      if (p && inForce.source === "fetched" && inForce.at && p.at && inForce.at >= p.at) return inForce;
      return p ? adopt(p) : inForce;
    },
    () => inForce,
  );
}

/** Fetch, check and keep; on any failure the last good copy, then the built-in. Never rejects. */
export function refreshPolicy(deps?: Partial<PolicySourceDeps>): Promise<PolicyInForce> {
  const d = withDefaults(deps);
  const fallback = () => lastGood(d).then((p) => adopt(p || BUILT_IN));
  // The fetch bounds itself; this bound is for one that does not (a stand-in, a future change).
  const started = bounded<string | null>(() => d.fetchText(policyUrl(d.baseUrl), d.fetchMs), d.fetchMs + 50, null);
  return started.then(
    (text) => {
      const policy = text === null ? null : check(text, d.baseUrl);
      if (!policy) return fallback();
      const record: StoredPolicy = { at: d.now().toISOString(), text: text as string };
      goodCopy = record;
      adopt({ policy, source: "fetched", at: record.at, version: policy.version });
      let stores: KeyValueStore[] = [];
      try {
        stores = d.stores();
      } catch (e) {
        stores = [];
      }
      return writeStoredPolicy(stores, record, d.storageMs).then(() => inForce);
    },
    () => fallback(),
  );
}

/** Tests only: forget everything this runtime loaded. */
export function resetPolicySourceForTests(): void {
  inForce = BUILT_IN;
  goodCopy = null;
}
