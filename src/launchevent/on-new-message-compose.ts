// OnNewMessageCompose: when the policy arms every new message, arm it here so the user sees the
// secure state from the first keystroke, and say so in the message's info bar (the persistent
// "Sikker post: mailen sendes signeret og krypteret"). Always completes, within the watchdog, and
// never blocks composing: if arming fails here, Send still checks everything.

import { CompletableEvent, completeAfter } from "../office/complete";
import { composeItem, displayLang } from "../office/context";
import { armSecurePost } from "../office/markers";
import { NOTICE_MS, showArmedNotice } from "../office/notices";
import { currentPolicy } from "../office/policy-source";
import { Policy } from "../core/policy";

export function onNewMessageComposeHandler(event: CompletableEvent, deps: { policy?: Policy; now?: () => Date } = {}): Promise<void> {
  const policy = deps.policy || currentPolicy();
  return completeAfter(event, policy.watchdogMs, () => {
    const item = composeItem();
    if (!item || !policy.armOnNewMessage) return Promise.resolve();
    return armSecurePost(item, policy, "policy", deps.now ? deps.now() : new Date(), policy.watchdogMs).then(() =>
      showArmedNotice(item, displayLang(), NOTICE_MS),
    );
  });
}
