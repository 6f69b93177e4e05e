// ItemChanged: a pinned taskpane (SupportsPinning in the manifest) stays open while the user moves
// to another item, and Outlook tells it through Office.context.mailbox's ItemChanged event
// (Mailbox 1.5; task panes only). The taskpane then re-binds to Office.context.mailbox.item.

/** Office.EventType.ItemChanged's value, for runtimes where the enum is missing. */
export const ITEM_CHANGED = "olkItemSelectedChanged";

export interface MailboxEvents {
  addHandlerAsync?: (eventType: string, handler: (args?: unknown) => void, callback?: (result: unknown) => void) => void;
  removeHandlerAsync?: (eventType: string, callback?: (result: unknown) => void) => void;
}

function itemChangedType(): string {
  try {
    const t = (Office as unknown as { EventType?: { ItemChanged?: string } }).EventType;
    return (t && t.ItemChanged) || ITEM_CHANGED;
  } catch (e) {
    return ITEM_CHANGED;
  }
}

function supportsItemChanged(): boolean {
  try {
    const req = Office.context.requirements;
    return !req || typeof req.isSetSupported !== "function" || !!req.isSetSupported("Mailbox", "1.5");
  } catch (e) {
    // No Office.context to ask (a test, the playground): try the mailbox's own method.
    return true;
  }
}

/**
 * Calls `onChange` whenever the selected item changes. Returns a function that unregisters, or
 * null when this client cannot tell (no Mailbox 1.5, no addHandlerAsync): the heartbeat still
 * re-reads the item it has. Never throws.
 */
export function watchItemChanged(mailbox: MailboxEvents | null | undefined, onChange: () => void): (() => void) | null {
  try {
    if (!mailbox || typeof mailbox.addHandlerAsync !== "function" || !supportsItemChanged()) return null;
    const type = itemChangedType();
    const handler = () => {
      try {
        onChange();
      } catch (e) {
        // never into Outlook's callback
      }
    };
    mailbox.addHandlerAsync(type, handler, () => undefined);
    return () => {
      try {
        if (typeof mailbox.removeHandlerAsync === "function") mailbox.removeHandlerAsync(type, () => undefined);
      } catch (e) {
        // nothing to undo
      }
    };
  } catch (e) {
    return null;
  }
}
