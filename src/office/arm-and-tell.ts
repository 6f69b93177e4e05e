// Arming from an event that has no pane (the ribbon command; compose when the policy arms every
// message) and saying in the message's info bar how it went: "armed" only once the markers are
// verified, "could not be armed" when arming fails, "not in time" when the watchdog ends the event
// first — a late success still replaces that with the truth.

import { Lang } from "../core/i18n";
import { ComposeItem } from "./item";
import { NOTICE_MS, showArmedNotice, showArmFailedNotice } from "./notices";

export interface ArmAndTell {
  /** From now on a watchdog before the outcome means "not in time" (for this item, in this language). */
  begin(item: ComposeItem | null, lang: Lang): void;
  /** Tells the outcome of `arming`; settles once the notice is up (or could not be put up). */
  tell(arming: Promise<unknown>, item: ComposeItem | null, lang: Lang): Promise<unknown>;
  /** completeAfter's watchdog hook. */
  onTimeout(): void;
}

export function armAndTell(): ArmAndTell {
  let pending: { item: ComposeItem | null; lang: Lang } | null = null;
  let settled = false;
  let timedOut = false;
  return {
    begin(item, lang) {
      pending = { item, lang };
    },
    tell(arming, item, lang) {
      pending = { item, lang };
      return arming.then(
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
    onTimeout() {
      // Still arming: say it did not happen in time. Already armed and only the notice is slow: just finish.
      if (pending && !settled) {
        timedOut = true;
        showArmFailedNotice(pending.item, true, pending.lang, NOTICE_MS);
      }
    },
  };
}
