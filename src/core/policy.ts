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

export interface Policy {
  /** Shown in the taskpane and the CLI so people know which policy is in force. */
  version: string;
  markers: MarkerPolicy;
  /** `confirm`: arm and stop Send once so the user sees what was found; `auto`: arm and send. */
  onPersonalData: "confirm" | "auto";
  /** What each finding type does; `*` is the fallback for types the policy does not name. */
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
}

export const SECURE_POST_HEADER = "X-Secure-Post";
/** Always both: secure post is signed AND encrypted; there is no weaker value. */
export const SECURE_POST_HEADER_VALUE = "sign; encrypt";

export const DEFAULT_POLICY: Policy = {
  version: "built-in-strict",
  markers: { header: { name: SECURE_POST_HEADER, value: SECURE_POST_HEADER_VALUE } },
  onPersonalData: "confirm",
  actions: {
    "dk-cpr": "require-secure",
    "dk-cpr-substitute": "require-secure",
    "*": "require-secure",
  },
  minConfidence: 0.5,
  unreadableAttachments: "require-secure",
  maxStateAgeMinutes: 0,
  // The user sees "taking longer than expected" after about 5 s, script load included.
  watchdogMs: 4000,
  armOnNewMessage: false,
};

export function actionFor(policy: Policy, type: string): FindingAction {
  return policy.actions[type] || policy.actions["*"] || "require-secure";
}
