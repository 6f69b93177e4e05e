// "Mask CPR numbers" on the item: read the HTML body, find the CPR numbers in it afresh (offsets
// must match this very HTML), rewrite them to DDMMYY-XXXX with the pure maskCprInHtml, write the
// body back as HTML and read it again to verify. What Outlook stores may differ in markup from
// what was written (clients normalise HTML), so verification scans the read-back body instead of
// comparing strings: the result says how many CPR numbers are still in it.
//
// The body is read and written within a moment; a keystroke typed in between can be lost, which
// is the same for every add-in that rewrites the body (Office.js has no partial body edit).

import { isMaskableFinding, maskCprInHtmlDetailed } from "../core/mask";
import { Policy } from "../core/policy";
import { scanMessage } from "../core/scan";
import { Finding } from "../core/types";
import { ComposeItem, readBodyHtml, writeBodyHtml } from "./item";

export interface MaskBodyResult {
  /** CPR numbers rewritten. */
  masked: number;
  /** CPR numbers still in the body after the write, read back. 0 is success. */
  remaining: number;
}

function bodyCprFindings(html: string, policy: Policy, now: Date): Finding[] {
  // The findings the taskpane shows (the policy's threshold applied), body only.
  return scanMessage({ subject: "", body: html, bodyIsHtml: true, attachments: [] }, policy, now).findings.filter(isMaskableFinding);
}

/** Rejects (an OfficeCallError with fault `body`) when the body cannot be read or written. */
export function maskCprInBody(item: ComposeItem, policy: Policy, now: Date, ms: number): Promise<MaskBodyResult> {
  return readBodyHtml(item, ms).then((html) => {
    const targets = bodyCprFindings(html, policy, now);
    if (targets.length === 0) return { masked: 0, remaining: 0 };
    const outcome = maskCprInHtmlDetailed(html, targets, policy.cprMask);
    if (outcome.masked === 0) return { masked: 0, remaining: targets.length };
    return writeBodyHtml(item, outcome.html, ms)
      .then(() => readBodyHtml(item, ms))
      .then((after) => {
        const remaining = bodyCprFindings(after, policy, now).length;
        // A write that did not stick leaves every number where it was: nothing was masked.
        return { masked: Math.max(0, targets.length - remaining), remaining };
      });
  });
}
