// The few reads of Office.context the handlers need, each guarded: in an event runtime any of
// them may be missing, and a throw here must become a blocked send, never an unanswered one.

import { chooseLang, Lang } from "../core/i18n";
import { ComposeItem } from "./item";
import { currentPolicy } from "./policy-source";

/** Office's display language when the policy's `languages` has it, else the policy's first. */
export function displayLang(languages: Lang[] = currentPolicy().languages): Lang {
  try {
    return chooseLang(Office.context.displayLanguage, languages);
  } catch (e) {
    return languages.length > 0 ? languages[0] : "da";
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
