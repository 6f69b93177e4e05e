// The ribbon's "Send sikkert" button (ExecuteFunction): arms secure post, signed AND encrypted,
// without opening the taskpane, and confirms it in the message's info bar with the persistent
// informational message (src/office/notices.ts). A failed or late arm says so instead.
// Completes exactly once, within the policy's watchdog.

import { Policy } from "../core/policy";
import { CompletableEvent, completeAfter } from "../office/complete";
import { composeItem, displayLang } from "../office/context";
import { armSecurePost } from "../office/markers";
import { NOTICE_MS, showArmedNotice, showArmFailedNotice } from "../office/notices";
import { currentPolicy, eventStorageMs, policyForEvent } from "../office/policy-source";

export function armSecurePostCommand(event: CompletableEvent, deps: { policy?: Policy; now?: () => Date } = {}): Promise<void> {
  const held = deps.policy || currentPolicy();
  let lang = displayLang(held.languages);
  const item = composeItem();
  let settled = false;
  let timedOut = false;
  return completeAfter(
    event,
    held.watchdogMs,
    () => {
      // The organisation's markers from the stored last good copy (no network), else the built-in.
      const policyP = deps.policy ? Promise.resolve(deps.policy) : policyForEvent({ storageMs: eventStorageMs(held) }).then((p) => p.policy);
      const work = policyP.then((policy) => {
        lang = displayLang(policy.languages);
        return item ? armSecurePost(item, policy, "user", deps.now ? deps.now() : new Date(), policy.watchdogMs) : Promise.reject(new Error("no item"));
      });
      return work.then(
        () => {
          settled = true;
          return showArmedNotice(item, lang, NOTICE_MS);
        },
        () => {
          settled = true;
          // Already told "not in time"; a late success above still replaces that with the truth.
          return timedOut ? false : showArmFailedNotice(item, false, lang, NOTICE_MS);
        },
      );
    },
    () => {
      // Still arming: say it did not happen in time. Already armed and only the notice is slow: just finish.
      if (!settled) {
        timedOut = true;
        showArmFailedNotice(item, true, lang, NOTICE_MS);
      }
    },
  );
}
