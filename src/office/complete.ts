// event.completed must be called exactly once, with an explicit allowEvent, before the watchdog.
// This wraps the event so a second call (the watchdog after the work, or the reverse) is a no-op,
// and builds the Smart Alerts options the client's requirement sets allow.

import { SendDialog } from "../core/i18n";

export interface CompletableEvent {
  completed(options?: { allowEvent?: boolean; [key: string]: unknown }): void;
}

/** The `<Control id>` of the taskpane button: the dialog's button opens the taskpane with it. */
export const TASKPANE_COMMAND_ID = "SecurePostTaskpaneButton";

function supports(version: string): boolean {
  try {
    return !!Office.context.requirements.isSetSupported("Mailbox", version);
  } catch (e) {
    return false;
  }
}

export interface Completion {
  allow(): void;
  block(dialog: SendDialog): void;
  readonly done: boolean;
}

export function completeOnce(event: CompletableEvent): Completion {
  let done = false;
  function finish(options: { allowEvent: boolean; [key: string]: unknown }): void {
    if (done) return;
    done = true;
    try {
      event.completed(options);
    } catch (e) {
      // A client that rejects the newer options still gets an answer with the 1.12 ones; a throw
      // here must never escape into Outlook's callback, which would leave Send hanging.
      try {
        event.completed({ allowEvent: options.allowEvent, errorMessage: options.errorMessage });
      } catch (e2) {
        // nothing more can be done
      }
    }
  }
  return {
    get done() {
      return done;
    },
    allow() {
      finish({ allowEvent: true });
    },
    block(dialog: SendDialog) {
      const options: { allowEvent: boolean; [key: string]: unknown } = {
        allowEvent: false,
        errorMessage: dialog.errorMessage,
      };
      if (supports("1.14")) {
        options.cancelLabel = dialog.cancelLabel;
        options.commandId = TASKPANE_COMMAND_ID;
      }
      if (supports("1.15")) options.errorMessageMarkdown = dialog.errorMessageMarkdown;
      finish(options);
    },
  };
}

/**
 * For the events that never block anything (compose, recipients, attachments, the ribbon
 * command): run `work`, then call event.completed() once — when the work settles, or when the
 * watchdog fires first (after `onTimeout`). A throw or rejection in the work only ends it early.
 */
export function completeAfter(
  event: CompletableEvent,
  watchdogMs: number,
  work: () => Promise<unknown>,
  onTimeout?: () => void,
): Promise<void> {
  let completed = false;
  const complete = () => {
    if (completed) return;
    completed = true;
    try {
      event.completed();
    } catch (e) {
      // nothing more can be done, and nothing here may throw into Outlook's callback
    }
  };
  const watchdog = setTimeout(() => {
    if (!completed && onTimeout) {
      try {
        onTimeout();
      } catch (e) {
        // the completion below matters more
      }
    }
    complete();
  }, watchdogMs);
  let running: Promise<unknown>;
  try {
    running = work();
  } catch (e) {
    running = Promise.resolve();
  }
  return running
    .then(
      () => undefined,
      () => undefined,
    )
    .then(() => {
      clearTimeout(watchdog);
      complete();
    });
}
