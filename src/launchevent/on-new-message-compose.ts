// OnNewMessageCompose: when the policy arms every new message, arm it here so the user sees the
// secure state from the first keystroke. Always completes, and never blocks composing: if arming
// fails here, Send still checks everything.

import { CompletableEvent } from "../office/complete";
import { composeItem } from "../office/context";
import { armSecurePost } from "../office/markers";
import { currentPolicy } from "../office/policy-source";
import { Policy } from "../core/policy";

export function onNewMessageComposeHandler(event: CompletableEvent, deps: { policy?: Policy; now?: () => Date } = {}): Promise<void> {
  const policy = deps.policy || currentPolicy();
  let completed = false;
  const complete = () => {
    if (completed) return;
    completed = true;
    try {
      event.completed();
    } catch (e) {
      // nothing to do: composing goes on either way
    }
  };
  const watchdog = setTimeout(complete, policy.watchdogMs);
  let work: Promise<unknown> = Promise.resolve();
  try {
    const item = composeItem();
    if (item && policy.armOnNewMessage) {
      work = armSecurePost(item, policy, "policy", deps.now ? deps.now() : new Date(), policy.watchdogMs);
    }
  } catch (e) {
    // fall through to complete
  }
  return work.then(
    () => undefined,
    () => undefined,
  ).then(() => {
    clearTimeout(watchdog);
    complete();
  });
}
