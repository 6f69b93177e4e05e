// The secure-post state in the message's own info bar (item.notificationMessages), under one key
// so each new state replaces the last: a persistent informational message while armed, an error
// message when it has lapsed or arming failed. Everything that arms or sees a lapse (the
// OnNewMessageCompose, OnMessageRecipientsChanged and OnMessageSend handlers, the ribbon command,
// the taskpane) goes through here.
//
// A notification is a courtesy on top of the real guard, which is Send: these functions never
// throw and never reject (they resolve true when Outlook confirmed the message), so a failing or
// silent notificationMessages can never change a send verdict or hold up a handler for longer
// than `ms`. Texts carry no digits of any CPR number, only state and what changed.

import { armedNoticeText, armFailedNoticeText, Lang, lapsedNoticeText, MAX_ITEM_NOTICE } from "../core/i18n";
import { LapseChange } from "../core/secure-state";
import { ComposeItem } from "./item";
import { officeCall } from "./office-call";

/** The one notification key of the add-in (Outlook allows 32 characters). */
export const NOTICE_KEY = "securePostGuard";
/** The manifest's 16 px icon: informational messages must name one. */
export const NOTICE_ICON = "Icon.16x16";
/** Default bound on one notification call. */
export const NOTICE_MS = 2000;

// Office.MailboxEnums.ItemNotificationMessageType's values, as literals: the enum may be missing
// in an event runtime, and the literals are what Outlook reads.
const INFORMATIONAL = "informationalMessage" as Office.MailboxEnums.ItemNotificationMessageType;
const ERROR = "errorMessage" as Office.MailboxEnums.ItemNotificationMessageType;

function clipped(text: string): string {
  return text.length <= MAX_ITEM_NOTICE ? text : text.slice(0, MAX_ITEM_NOTICE - 1) + "…";
}

function notifications(item: ComposeItem | null): Office.NotificationMessages | null {
  try {
    const n = item ? item.notificationMessages : null;
    return n && typeof n.replaceAsync === "function" ? n : null;
  } catch (e) {
    return null;
  }
}

function replace(item: ComposeItem | null, details: Office.NotificationMessageDetails, ms: number): Promise<boolean> {
  const n = notifications(item);
  if (!n) return Promise.resolve(false);
  return officeCall<void>("unexpected", ms, (cb) => n.replaceAsync(NOTICE_KEY, details, cb)).then(
    () => true,
    () => false,
  );
}

/** "Secure post: this message will be signed and encrypted", persistent until replaced or removed. */
export function showArmedNotice(item: ComposeItem | null, lang: Lang, ms: number = NOTICE_MS): Promise<boolean> {
  return replace(item, { type: INFORMATIONAL, message: clipped(armedNoticeText(lang)), icon: NOTICE_ICON, persistent: true }, ms);
}

/** The lapse, as an error message naming what changed. */
export function showLapsedNotice(item: ComposeItem | null, changes: LapseChange[], lang: Lang, ms: number = NOTICE_MS): Promise<boolean> {
  return replace(item, { type: ERROR, message: clipped(lapsedNoticeText(changes, lang)) }, ms);
}

/** Arming did not happen (or not in time): say so instead of a success. */
export function showArmFailedNotice(item: ComposeItem | null, timedOut: boolean, lang: Lang, ms: number = NOTICE_MS): Promise<boolean> {
  return replace(item, { type: ERROR, message: clipped(armFailedNoticeText(timedOut, lang)) }, ms);
}

/** Removes the add-in's message (secure post turned off). A message that was not there is no failure. */
export function clearNotice(item: ComposeItem | null, ms: number = NOTICE_MS): Promise<boolean> {
  const n = notifications(item);
  if (!n || typeof n.removeAsync !== "function") return Promise.resolve(false);
  return officeCall<void>("unexpected", ms, (cb) => n.removeAsync(NOTICE_KEY, cb)).then(
    () => true,
    () => false,
  );
}
