// The ribbon's "Send sikkert" button (ExecuteFunction): arms secure post, signed AND encrypted,
// without opening the taskpane, and confirms it in the message's info bar with the persistent
// informational message (src/office/notices.ts). A failed or late arm says so instead.
// Completes exactly once, within the policy's watchdog.

import { Policy } from "../core/policy";
import { CompletableEvent, completeAfter } from "../office/complete";
import { composeItem, displayLang } from "../office/context";
import { armSecurePost } from "../office/markers";
import { armAndTell } from "../office/arm-and-tell";
import { currentPolicy, eventStorageMs, policyForEvent } from "../office/policy-source";

export function armSecurePostCommand(event: CompletableEvent, deps: { policy?: Policy; now?: () => Date } = {}): Promise<void> {
  const held = deps.policy || currentPolicy();
  const item = composeItem();
  const teller = armAndTell();
  teller.begin(item, displayLang(held.languages));
  return completeAfter(
    event,
    held.watchdogMs,
    () => {
      // The organisation's markers from the stored last good copy (no network), else the built-in.
      const policyP = deps.policy ? Promise.resolve(deps.policy) : policyForEvent({ storageMs: eventStorageMs(held) }).then((p) => p.policy);
      return policyP.then((policy) => {
        const arming = item ? armSecurePost(item, policy, "user", deps.now ? deps.now() : new Date(), policy.watchdogMs) : Promise.reject(new Error("no item"));
        return teller.tell(arming, item, displayLang(policy.languages));
      });
    },
    () => teller.onTimeout(),
  );
}
