// The ribbon's "Send sikkert" button (ExecuteFunction): arms secure post, signed AND encrypted,
// without opening the taskpane, and confirms it in the message's info bar with the persistent
// informational message (src/office/notices.ts). A failed or late arm says so instead.
// Completes exactly once, within the policy's watchdog.

import { Policy } from "../core/policy";
import { CompletableEvent, completeAfter } from "../office/complete";
import { composeItem, displayLang } from "../office/context";
import { armSecurePost } from "../office/markers";
import { NOTICE_MS, showArmedNotice, showArmFailedNotice } from "../office/notices";
import { currentPolicy } from "../office/policy-source";

export function armSecurePostCommand(event: CompletableEvent, deps: { policy?: Policy; now?: () => Date } = {}): Promise<void> {
  const policy = deps.policy || currentPolicy();
  const lang = displayLang();
  const item = composeItem();
  let settled = false;
  let timedOut = false;
  return completeAfter(
    event,
    policy.watchdogMs,
    () => {
      const work = item
        ? armSecurePost(item, policy, "user", deps.now ? deps.now() : new Date(), policy.watchdogMs)
        : Promise.reject(new Error("no item"));
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
