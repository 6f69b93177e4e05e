// OnMessageAttachmentsChanged: scan attachments when they are added, and cache each result per
// attachment, so Send only reads the cache instead of extracting under its 5-second limit.
// Runs with the light extractors of this bundle; PDF and .msg wait for the taskpane. Never
// blocks anything, and always completes once.

import { DEFAULT_BUDGET } from "../core/extract";
import { Policy } from "../core/policy";
import { CompletableEvent, completeAfter } from "../office/complete";
import { composeItem } from "../office/context";
import { readAttachments } from "../office/read-message";

export function onMessageAttachmentsChangedHandler(
  event: CompletableEvent & { attachmentStatus?: string },
  deps: { policy?: Policy; now?: () => Date } = {},
): Promise<void> {
  // Not the send path: extraction may take the full default budget, but the event still ends.
  return completeAfter(event, DEFAULT_BUDGET.maxMs + 1000, () => {
    const item = composeItem();
    const removed = String(event.attachmentStatus || "").toLowerCase() === "removed";
    if (!item || removed) return Promise.resolve();
    return readAttachments(item, DEFAULT_BUDGET.maxMs, {
      useCache: true,
      writeCache: true,
      budget: DEFAULT_BUDGET,
      now: deps.now ? deps.now() : new Date(),
    });
  });
}
