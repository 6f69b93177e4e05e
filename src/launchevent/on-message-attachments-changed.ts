// OnMessageAttachmentsChanged: scan attachments when they are added, and cache each result per
// attachment, so Send only reads the cache instead of extracting under its 5-second limit.
// Runs with the light extractors of this bundle; PDF and .msg wait for the taskpane. Never
// blocks anything, and always completes once.

import { DEFAULT_BUDGET } from "../core/extract";
import { Policy } from "../core/policy";
import { CompletableEvent } from "../office/complete";
import { composeItem } from "../office/context";
import { readAttachments } from "../office/read-message";

export function onMessageAttachmentsChangedHandler(
  event: CompletableEvent & { attachmentStatus?: string },
  deps: { policy?: Policy; now?: () => Date } = {},
): Promise<void> {
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
  // Not the send path: extraction may take the full default budget, but the event still ends.
  const watchdog = setTimeout(complete, DEFAULT_BUDGET.maxMs + 1000);
  let work: Promise<unknown> = Promise.resolve();
  try {
    const item = composeItem();
    const removed = String(event.attachmentStatus || "").toLowerCase() === "removed";
    if (item && !removed) {
      work = readAttachments(item, DEFAULT_BUDGET.maxMs, {
        useCache: true,
        writeCache: true,
        budget: DEFAULT_BUDGET,
        now: deps.now ? deps.now() : new Date(),
      });
    }
  } catch (e) {
    // fall through: Send will read what is not cached
  }
  return work.then(
    () => undefined,
    () => undefined,
  ).then(() => {
    clearTimeout(watchdog);
    complete();
  });
}
