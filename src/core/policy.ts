// The organisation's policy: what counts, which markers make the server sign + encrypt, and how
// Send behaves. The built-in default is the strict one; a policy file can only be loaded through
// the schema (src/core/policy.schema.json), never merged in unchecked.

export type FindingAction = "require-secure" | "warn" | "ignore";

export interface MarkerPolicy {
  /** The internet header the transport rule or gateway matches. */
  header: { name: string; value: string };
  /** Optional subject code for gateways that read the subject (the old '#k#'-style codes). */
  subjectTag?: string;
  /** Optional Purview sensitivity label whose protection encrypts. */
  sensitivityLabelId?: string;
}

/** A relaxation the admin wrote down: these finding types may go in clear to this domain. */
export interface TrustedDomain {
  /** Lower-case; the domain itself and its subdomains match. */
  domain: string;
  /** Exact finding types, one by one: never `*` or `sensitive:*` (rejected when the policy is checked). */
  types: string[];
}

export type PolicyLanguage = "da" | "en";

export interface Policy {
  /** Shown in the taskpane and the CLI so people know which policy is in force. */
  version: string;
  markers: MarkerPolicy;
  /** `confirm`: arm and stop Send once so the user sees what was found; `auto`: arm and send. */
  onPersonalData: "confirm" | "auto";
  /** What each finding type does; `sensitive:*` covers every category; `*` is the last fallback. */
  actions: { [type: string]: FindingAction };
  /** Findings below this confidence are shown but never decide anything. */
  minConfidence: number;
  /** An attachment the add-in cannot read either requires secure post or is ignored. */
  unreadableAttachments: "require-secure" | "ignore";
  /** An armed state older than this has lapsed; 0 means no maximum age. */
  maxStateAgeMinutes: number;
  /** The send handler answers within this many milliseconds, whatever Office does. */
  watchdogMs: number;
  /** Arm every new message at compose time (the mail then goes secure whatever it holds). */
  armOnNewMessage: boolean;
  /** What "Mask CPR numbers" writes: keep the birth date readable, or hide it too. */
  cprMask: "DDMMYY-XXXX" | "XXXXXX-XXXX";
  /** Recipient domains where listed types need not go by secure post (all recipients inside). */
  trustedRecipientDomains: TrustedDomain[];
  /** Admin notices: relative to the add-in, or absolute https on its own origin. */
  noticesUrl: string;
  /** The UI's languages in order of preference; Office's display language when listed, else the first. */
  languages: PolicyLanguage[];
}

/** Where the policy in force came from, as the taskpane shows it. */
export type PolicySourceKind = "fetched" | "last-good" | "built-in";

export interface PolicyInForce {
  policy: Policy;
  source: PolicySourceKind;
  /** ISO time the copy was fetched (fetched, last-good); absent for the built-in default. */
  at?: string;
  version: string;
}

export const SECURE_POST_HEADER = "X-Secure-Post";
/** Always both: secure post is signed AND encrypted; there is no weaker value. */
export const SECURE_POST_HEADER_VALUE = "sign; encrypt";

export const DEFAULT_POLICY: Policy = {
  version: "built-in-strict",
  markers: { header: { name: SECURE_POST_HEADER, value: SECURE_POST_HEADER_VALUE } },
  onPersonalData: "confirm",
  // National identity numbers and the special categories always need secure post. Passport and
  // driving-licence numbers are reported only next to their keyword, so they are precise enough
  // to require it too; card numbers must never travel in clear. Bank accounts and IBANs stand in
  // every invoice and payment mail an authority sends, so they warn (shown, not decisive).
  actions: {
    "dk-cpr": "require-secure",
    "dk-cpr-substitute": "require-secure",
    "se-personnummer": "require-secure",
    "se-samordningsnummer": "require-secure",
    "no-fodselsnummer": "require-secure",
    "no-d-number": "require-secure",
    "fi-hetu": "require-secure",
    "dk-passport": "require-secure",
    "dk-driving-licence": "require-secure",
    "payment-card": "require-secure",
    iban: "warn",
    "dk-bank-account": "warn",
    "sensitive:*": "require-secure",
    "*": "require-secure",
  },
  minConfidence: 0.5,
  unreadableAttachments: "require-secure",
  maxStateAgeMinutes: 0,
  // The user sees "taking longer than expected" after about 5 s, script load included.
  watchdogMs: 4000,
  armOnNewMessage: false,
  cprMask: "DDMMYY-XXXX",
  trustedRecipientDomains: [],
  noticesUrl: "notices.json",
  languages: ["da", "en"],
};

export function actionFor(policy: Policy, type: string): FindingAction {
  const own = policy.actions[type];
  if (own) return own;
  const colon = type.indexOf(":");
  const family = colon > 0 ? policy.actions[type.slice(0, colon) + ":*"] : undefined;
  return family || policy.actions["*"] || "require-secure";
}
