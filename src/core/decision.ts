// THE send decision. The on-send handler, the taskpane ("what Send will do now") and the CLI all
// call decideSend, so what the taskpane says is what Send does. It implements this table, top
// row first:
//
//   | what could be checked          | the message           | its state | Send                        |
//   |--------------------------------|-----------------------|-----------|-----------------------------|
//   | an Office call failed/timed out| anything              | anything  | block: fail closed          |
//   | all                            | anything              | lapsed    | block, re-arm, next Send ok |
//   | all                            | needs secure post     | armed     | allow                       |
//   | all                            | needs secure post,    | not armed | allow: the policy's trusted |
//   |                                |  every recipient in a |           |  domains relax every type   |
//   |                                |  domain trusted for   |           |  found (the verdict says so)|
//   |                                |  every type found     |           |                             |
//   | all                            | needs secure post     | not armed | arm, then block once        |
//   |                                |                       |           |  (policy "auto": arm, allow)|
//   | all                            | no personal data      | not armed | allow                       |
//   | all                            | no personal data      | armed     | allow (stays secure)        |
//
// "Arm" is an instruction to the caller: apply the markers and read them back. If that fails the
// caller asks again with the fault added, and the first row blocks.

import { Policy } from "./policy";
import { LapseChange, StateView } from "./secure-state";
import { trustedRelaxation } from "./trusted-recipients";
import { ScanResult } from "./types";

/** Things the add-in could not check; each one blocks Send. */
export type Fault =
  | "subject"
  | "body"
  | "attachments"
  | "markers"
  | "state"
  | "arm"
  | "policy"
  | "timeout"
  | "unexpected";

export interface SendContext {
  /** Null when the message could not be read at all. */
  scan: ScanResult | null;
  /** Null when the markers could not be read. */
  state: StateView | null;
  faults: Fault[];
  policy: Policy;
  /**
   * Every recipient's address (To, Cc, Bcc), read only when the policy has trusted domains.
   * Undefined: not read; null: could not be read, so nothing is relaxed (and nothing blocks for it).
   */
  recipients?: string[] | null;
}

export type SendVerdict =
  | { action: "allow"; reason: "no-personal-data" | "armed-verified" }
  | { action: "allow"; reason: "trusted-recipients"; domains: string[]; types: string[] }
  | { action: "arm"; afterArm: "block" | "allow"; reason: "personal-data" }
  | { action: "block"; reason: "lapsed"; rearm: true; changes: LapseChange[] }
  | { action: "block"; reason: "fault"; faults: Fault[] };

export function decideSend(ctx: SendContext): SendVerdict {
  if (ctx.faults.length > 0 || ctx.scan === null || ctx.state === null) {
    const faults = ctx.faults.slice();
    if (ctx.scan === null && faults.length === 0) faults.push("body");
    if (ctx.state === null && faults.length === 0) faults.push("markers");
    return { action: "block", reason: "fault", faults };
  }
  if (ctx.state.kind === "lapsed") {
    return { action: "block", reason: "lapsed", rearm: true, changes: ctx.state.changes };
  }
  if (ctx.scan.requiresSecure) {
    if (ctx.state.kind === "armed") return { action: "allow", reason: "armed-verified" };
    const relaxed = trustedRelaxation(ctx.policy, ctx.scan, ctx.recipients);
    if (relaxed) return { action: "allow", reason: "trusted-recipients", domains: relaxed.domains, types: relaxed.types };
    return {
      action: "arm",
      afterArm: ctx.policy.onPersonalData === "auto" ? "allow" : "block",
      reason: "personal-data",
    };
  }
  return { action: "allow", reason: "no-personal-data" };
}
