// The few reads of Office.context the handlers need, each guarded: in an event runtime any of
// them may be missing, and a throw here must become a blocked send, never an unanswered one.

import { Lang, langFrom } from "../core/i18n";
import { ComposeItem } from "./item";

export function displayLang(): Lang {
  try {
    return langFrom(Office.context.displayLanguage);
  } catch (e) {
    return "da";
  }
}

export function composeItem(): ComposeItem | null {
  try {
    const item = Office.context.mailbox.item as unknown as ComposeItem | null | undefined;
    return item || null;
  } catch (e) {
    return null;
  }
}
