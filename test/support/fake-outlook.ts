// A compose item that behaves like Outlook's, with every async method able to misbehave the
// ways real clients do: fail, throw synchronously, never answer, answer late, or (setters)
// report success without the change sticking.
//
// The item itself lives in src/playground/fake-mailbox.ts (browser-safe, so the playground page
// drives the real code through the very same fake); here it is installed as the `Office` global
// through office-addin-mock's OfficeMockObject, with a jest-recording event.

import { OfficeMockObject } from "office-addin-mock";
import { createFakeMailbox, FakeMailbox, FakeOutlookOptions, FakeItemState, MethodName, Misbehaviour } from "../../src/playground/fake-mailbox";

export {
  ALL_METHODS,
  EVENT_TYPES,
  READ_METHODS,
  WRITE_METHODS,
} from "../../src/playground/fake-mailbox";
export type {
  FakeAttachment,
  FakeChange,
  FakeItemState,
  FakeNotification,
  FakeOutlookOptions,
  FakeRecipient,
  MethodName,
  Misbehaviour,
} from "../../src/playground/fake-mailbox";

export interface FakeOutlook {
  state: FakeItemState;
  misbehave: Partial<Record<MethodName, Misbehaviour>>;
  /** Every call made, in order: which methods the code under test touched. */
  calls: MethodName[];
  associated: { [name: string]: (event: unknown) => unknown };
  office: any;
  /** The browser-safe fake behind it: handlers registered with addHandlerAsync, fire(), onChange(). */
  mailbox: FakeMailbox;
}

export function createFakeOutlook(opts: FakeOutlookOptions = {}): FakeOutlook {
  const mailbox = createFakeMailbox(opts);
  // OfficeMockObject copies the structure; keep the item object itself so tests can watch it.
  const office = new OfficeMockObject(mailbox.office as any);
  office.context.mailbox.item = mailbox.item;
  return { state: mailbox.state, misbehave: mailbox.misbehave, calls: mailbox.calls, associated: mailbox.associated, office, mailbox };
}

/** An event as Outlook hands it to a handler, recording each completed() call and when. */
export function fakeEvent(): { completed: jest.Mock; calls: { options: any; at: number }[] } {
  const calls: { options: any; at: number }[] = [];
  const completed = jest.fn((options?: unknown) => {
    calls.push({ options, at: Date.now() });
  });
  return { completed, calls };
}
