// OnMessageRecipientsChanged: a moment when the user is about to send, so look again. Runs the
// same inspection Send runs (inspectItem, cached attachment results first) and brings the
// message's info bar up to date: an error message when secure post has lapsed (what changed; Send
// is blocked until it is marked again), the persistent informational message while it is armed.
// It arms nothing and blocks nothing: Send decides. Completes exactly once, within the watchdog.

import { Policy } from "../core/policy";
import { CompletableEvent, completeAfter } from "../office/complete";
import { composeItem, displayLang } from "../office/context";
import { inspectItem } from "../office/inspect";
import { NOTICE_MS, showArmedNotice, showLapsedNotice } from "../office/notices";
import { currentPolicy, eventStorageMs, policyForEvent } from "../office/policy-source";

export function onMessageRecipientsChangedHandler(
  event: CompletableEvent,
  deps: { policy?: Policy; now?: () => Date } = {},
): Promise<void> {
  const held = deps.policy || currentPolicy();
  return completeAfter(event, held.watchdogMs, () => {
    // The stored last good copy, no network (see policy-source.ts).
    const policyP = deps.policy ? Promise.resolve(deps.policy) : policyForEvent({ storageMs: eventStorageMs(held) }).then((p) => p.policy);
    return policyP.then((policy) => {
      const item = composeItem();
      if (!item) return false;
      const lang = displayLang(policy.languages);
      // Each read is bounded below the watchdog, so the notice still has time to go up.
      const readMs = Math.max(250, held.watchdogMs - NOTICE_MS - eventStorageMs(held));
      return inspectItem(item, policy, deps.now ? deps.now() : new Date(), readMs).then((insp) => {
        const state = insp.ctx.state;
        if (state && state.kind === "lapsed") return showLapsedNotice(item, state.changes, lang, NOTICE_MS);
        if (state && state.kind === "armed") return showArmedNotice(item, lang, NOTICE_MS);
        return false;
      });
    });
  });
}
