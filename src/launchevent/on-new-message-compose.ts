// OnNewMessageCompose: when the policy arms every new message, arm it here so the user sees the
// secure state from the first keystroke, and say so in the message's info bar (the persistent
// "Sikker post: mailen sendes signeret og krypteret"). Always completes, within the watchdog, and
// never blocks composing: if arming fails here, Send still checks everything.
//
// This is also where the event runtime fetches policy.json (src/office/policy-source.ts): composing
// blocks nothing, so the fetch may take half the watchdog here, and the copy it keeps is the one
// Send reads later without touching the network.

import { CompletableEvent, completeAfter } from "../office/complete";
import { composeItem, displayLang } from "../office/context";
import { armSecurePost } from "../office/markers";
import { armAndTell } from "../office/arm-and-tell";
import { currentPolicy, eventStorageMs, refreshPolicy } from "../office/policy-source";
import { Policy } from "../core/policy";

export function onNewMessageComposeHandler(event: CompletableEvent, deps: { policy?: Policy; now?: () => Date } = {}): Promise<void> {
  const held = deps.policy || currentPolicy();
  // Arming by policy that fails (or does not finish in time) is said in the info bar: the user
  // would otherwise believe every new message goes secure. Send still checks everything.
  const teller = armAndTell();
  return completeAfter(
    event,
    held.watchdogMs,
    () => {
      // Half the watchdog for the network, an eighth for storage: the rest is left to arm in.
      const policyP = deps.policy
        ? Promise.resolve(deps.policy)
        : refreshPolicy({ fetchMs: Math.floor(held.watchdogMs / 2), storageMs: eventStorageMs(held) }).then((p) => p.policy);
      return policyP.then((policy) => {
        const item = composeItem();
        if (!item || !policy.armOnNewMessage) return undefined;
        const arming = armSecurePost(item, policy, "policy", deps.now ? deps.now() : new Date(), policy.watchdogMs);
        return teller.tell(arming, item, displayLang(policy.languages));
      });
    },
    () => teller.onTimeout(),
  );
}
