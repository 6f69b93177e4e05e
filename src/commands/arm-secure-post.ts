// The ribbon's "Send sikkert" button (ExecuteFunction): arms secure post, signed AND encrypted,
// without opening the taskpane, and says so in the message's notification bar.

import { Policy } from "../core/policy";
import { CompletableEvent } from "../office/complete";
import { composeItem, displayLang } from "../office/context";
import { armSecurePost } from "../office/markers";
import { currentPolicy } from "../office/policy-source";

const NOTICE_KEY = "securePostGuard";

function notify(text: string, error: boolean): void {
  try {
    const item = composeItem();
    if (!item || !item.notificationMessages) return;
    const message = error
      ? { type: "errorMessage" as Office.MailboxEnums.ItemNotificationMessageType, message: text }
      : {
          type: "informationalMessage" as Office.MailboxEnums.ItemNotificationMessageType,
          message: text,
          icon: "Icon.16x16",
          persistent: false,
        };
    item.notificationMessages.replaceAsync(NOTICE_KEY, message, () => undefined);
  } catch (e) {
    // The notification is a courtesy; arming already happened or failed on its own terms.
  }
}

export function armSecurePostCommand(event: CompletableEvent, deps: { policy?: Policy; now?: () => Date } = {}): Promise<void> {
  const policy = deps.policy || currentPolicy();
  const da = displayLang() === "da";
  let completed = false;
  const complete = () => {
    if (completed) return;
    completed = true;
    try {
      event.completed();
    } catch (e) {
      // nothing more to do
    }
  };
  const watchdog = setTimeout(() => {
    notify(da ? "Sikker post kunne ikke slås til i tide. Prøv igen." : "Secure post could not be armed in time. Try again.", true);
    complete();
  }, policy.watchdogMs);
  const item = composeItem();
  const work = item
    ? armSecurePost(item, policy, "user", deps.now ? deps.now() : new Date(), policy.watchdogMs)
    : Promise.reject(new Error("no item"));
  return work.then(
    () => {
      clearTimeout(watchdog);
      notify(da ? "Sikker post: mailen sendes signeret og krypteret." : "Secure post: this message will be signed and encrypted.", false);
      complete();
    },
    () => {
      clearTimeout(watchdog);
      notify(da ? "Sikker post kunne ikke slås til. Prøv igen." : "Secure post could not be armed. Try again.", true);
      complete();
    },
  );
}
