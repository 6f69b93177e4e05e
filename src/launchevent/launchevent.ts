// Entry of the event bundle: the one JS file classic Outlook on Windows loads for events (no DOM,
// no imports at run time, Office.onReady never runs), and the script of commands.html for the
// other clients. Handlers are registered at top level: a function name in the manifest with no
// association blocks sending.

import { armSecurePostCommand } from "../commands/arm-secure-post";
import { onMessageAttachmentsChangedHandler } from "./on-message-attachments-changed";
import { onMessageRecipientsChangedHandler } from "./on-message-recipients-changed";
import { onMessageSendHandler } from "./on-message-send";
import { onNewMessageComposeHandler } from "./on-new-message-compose";

/** Manifest FunctionName → handler. The manifest test checks the names against this bundle. */
export const HANDLERS: { [name: string]: (event: any) => unknown } = {
  onNewMessageComposeHandler: (event: any) => onNewMessageComposeHandler(event),
  onMessageSendHandler: (event: any) => onMessageSendHandler(event),
  onMessageAttachmentsChangedHandler: (event: any) => onMessageAttachmentsChangedHandler(event),
  onMessageRecipientsChangedHandler: (event: any) => onMessageRecipientsChangedHandler(event),
  armSecurePost: (event: any) => armSecurePostCommand(event),
};

if (typeof Office !== "undefined" && Office.actions && typeof Office.actions.associate === "function") {
  for (const name in HANDLERS) Office.actions.associate(name, HANDLERS[name]);
}
