// Gathers everything the send decision needs from the item, in parallel, within a time budget.
// Used by the send handler and the taskpane alike: what the taskpane shows is what Send decides.

import { Fault, SendContext } from "../core/decision";
import { Policy } from "../core/policy";
import { scanMessage } from "../core/scan";
import { evaluateState, ObservedMarkers, parseStoredState, STATE_KEY, StoredState } from "../core/secure-state";
import { AttachmentInput, MessageInput } from "../core/types";
import { ComposeItem, readBodyHtml, readSessionValue, readSubject } from "./item";
import { readMarkers } from "./markers";
import { faultOf } from "./office-call";
import { AttachmentReadOptions, readAttachments } from "./read-message";
import { readAllRecipients } from "./recipients";
import { ExtractBudget } from "../core/extract";

/** At Send the watchdog bounds everything: extraction gets less than the watchdog, and less data. */
export function sendBudget(policy: Policy): ExtractBudget {
  return {
    maxBytesPerAttachment: 5 * 1024 * 1024,
    maxTotalBytes: 10 * 1024 * 1024,
    maxMs: Math.max(250, policy.watchdogMs - 1000),
    maxDepth: 3,
    maxEntries: 1000,
    maxRatio: 100,
  };
}

/**
 * Recipients that do not answer must not use up the watchdog: they only decide whether a
 * relaxation applies, so they get a quarter of it, and the message is still marked in time.
 */
function recipientsMs(policy: Policy, ms: number): number {
  return Math.min(ms, Math.max(200, Math.floor(policy.watchdogMs / 4)));
}

export interface Inspection {
  ctx: SendContext;
  message: MessageInput | null;
  stored: StoredState | null;
  observed: ObservedMarkers | null;
}

function settle<T>(p: Promise<T>, fault: Fault, faults: Fault[]): Promise<T | null> {
  return p.then(
    (v) => v,
    (e: unknown) => {
      faults.push(faultOf(e, fault));
      return null;
    },
  );
}

/**
 * Reads and scans the item. `attachments` says how: at Send, cached results plus light
 * extraction within the send budget; in the taskpane, every extractor, caching the results.
 */
export function inspectItem(
  item: ComposeItem,
  policy: Policy,
  now: Date,
  ms: number,
  attachments?: Partial<AttachmentReadOptions>,
): Promise<Inspection> {
  const faults: Fault[] = [];
  const attachmentOpts: AttachmentReadOptions = {
    useCache: true,
    writeCache: false,
    budget: sendBudget(policy),
    ...attachments,
    now,
  };
  const subjectP = readSubject(item, ms);
  // Recipients matter only to a policy with trusted domains; without one they are not even read,
  // so a client that cannot read them loses nothing. A failed read relaxes nothing: never a fault.
  const recipientsP: Promise<string[] | null | undefined> =
    policy.trustedRecipientDomains.length > 0 ? readAllRecipients(item, recipientsMs(policy, ms)) : Promise.resolve(undefined);
  return Promise.all([
    recipientsP,
    settle(subjectP, "subject", faults),
    settle(readBodyHtml(item, ms), "body", faults),
    settle<AttachmentInput[]>(readAttachments(item, ms, attachmentOpts), "attachments", faults),
    settle(readMarkers(item, policy, ms, subjectP), "markers", faults),
    // A missing sessionData API reads as "no state" and the markers decide; a failing one is a fault.
    settle(readSessionValue(item, STATE_KEY, ms), "state", faults),
  ]).then(([recipients, subject, body, attachments, observed, rawState]) => {
    const message: MessageInput | null =
      subject !== null && body !== null && attachments !== null
        ? { subject, body, bodyIsHtml: true, attachments }
        : null;
    const stored = parseStoredState(rawState);
    return {
      ctx: {
        scan: message ? scanMessage(message, policy, now) : null,
        state: observed ? evaluateState(stored, observed, policy, now) : null,
        faults,
        policy,
        recipients,
      },
      message,
      stored,
      observed,
    };
  });
}
