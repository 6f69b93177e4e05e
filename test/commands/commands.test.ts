// The ribbon's "Send sikkert" function command and OnNewMessageCompose: both always complete
// exactly once, arm only with verified markers, and never claim a success that did not stick.

import { armSecurePostCommand } from "../../src/commands/arm-secure-post";
import { onNewMessageComposeHandler } from "../../src/launchevent/on-new-message-compose";
import { DEFAULT_POLICY, Policy } from "../../src/core/policy";
import { STATE_KEY } from "../../src/core/secure-state";
import { NOTICE_KEY } from "../../src/office/notices";
import { createFakeOutlook, fakeEvent, Misbehaviour } from "../support/fake-outlook";

const HEADER = DEFAULT_POLICY.markers.header;
const FAST: Policy = { ...DEFAULT_POLICY, watchdogMs: 1000 };

beforeEach(() => jest.useFakeTimers());
afterEach(() => {
  jest.useRealTimers();
  delete (global as any).Office;
});

async function settle(work: Promise<void>): Promise<void> {
  await jest.advanceTimersByTimeAsync(120000);
  await work;
}

test("the function command arms (by the user) and confirms in the notification bar", async () => {
  const fake = createFakeOutlook({ displayLanguage: "da-DK" });
  (global as any).Office = fake.office;
  const event = fakeEvent();
  await settle(armSecurePostCommand(event, { policy: FAST }));
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(fake.state.headers[HEADER.name]).toBe(HEADER.value);
  expect(JSON.parse(fake.state.sessionData![STATE_KEY]).by).toBe("user");
  const notice = Object.values(fake.state.notifications)[0];
  expect(notice.type).toBe("informationalMessage");
  expect(notice.message).toMatch(/signeret og krypteret/);
});

test.each<Misbehaviour>(["fail", "throw", "hang", "nostick"])(
  "the function command with a header write that does %s: completes once and says it failed",
  async (how) => {
    const fake = createFakeOutlook({ displayLanguage: "en-US", misbehave: { "internetHeaders.setAsync": how } });
    (global as any).Office = fake.office;
    const event = fakeEvent();
    await settle(armSecurePostCommand(event, { policy: FAST }));
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(event.calls[0].at).toBeLessThanOrEqual(Date.now());
    const notice = Object.values(fake.state.notifications)[0];
    expect(notice.type).toBe("errorMessage");
    expect(notice.message).toMatch(/could not be armed/);
    expect(fake.state.sessionData![STATE_KEY]).toBeUndefined();
  },
);

test("OnNewMessageCompose arms when the policy arms every new message", async () => {
  const fake = createFakeOutlook();
  (global as any).Office = fake.office;
  const event = fakeEvent();
  await settle(onNewMessageComposeHandler(event, { policy: { ...FAST, armOnNewMessage: true } }));
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(fake.state.headers[HEADER.name]).toBe(HEADER.value);
  expect(JSON.parse(fake.state.sessionData![STATE_KEY]).by).toBe("policy");
});

test("OnNewMessageCompose leaves the message alone by default", async () => {
  const fake = createFakeOutlook();
  (global as any).Office = fake.office;
  const event = fakeEvent();
  await settle(onNewMessageComposeHandler(event, { policy: FAST }));
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(fake.calls).toEqual([]);
});

test("OnNewMessageCompose with Outlook never answering still completes once, by the watchdog", async () => {
  const fake = createFakeOutlook({ misbehave: { "internetHeaders.setAsync": "hang" } });
  (global as any).Office = fake.office;
  const event = fakeEvent();
  const start = Date.now();
  await settle(onNewMessageComposeHandler(event, { policy: { ...FAST, armOnNewMessage: true } }));
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(event.calls[0].at - start).toBeLessThanOrEqual(FAST.watchdogMs);
});

// ---- the message's info bar (src/office/notices.ts) ---------------------------------------------

test("the function command's confirmation is the persistent informational message, under the add-in's key", async () => {
  const fake = createFakeOutlook({ displayLanguage: "en-GB" });
  (global as any).Office = fake.office;
  await settle(armSecurePostCommand(fakeEvent(), { policy: FAST }));
  expect(fake.state.notifications[NOTICE_KEY]).toEqual({
    type: "informationalMessage",
    message: "Secure post: this message will be signed and encrypted.",
    icon: "Icon.16x16",
    persistent: true,
  });
});

test.each<Misbehaviour>(["fail", "throw", "hang", "slow"])(
  "the function command with a notification that does %s: still armed, completes once within the watchdog",
  async (how) => {
    const fake = createFakeOutlook({ misbehave: { "notificationMessages.replaceAsync": how } });
    (global as any).Office = fake.office;
    const event = fakeEvent();
    const start = Date.now();
    await settle(armSecurePostCommand(event, { policy: FAST }));
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(event.calls[0].at - start).toBeLessThanOrEqual(FAST.watchdogMs);
    expect(fake.state.headers[HEADER.name]).toBe(HEADER.value);
  },
);

test("the function command with Outlook never answering the arm: says 'not in time' and completes by the watchdog", async () => {
  const fake = createFakeOutlook({ displayLanguage: "da-DK", misbehave: { "internetHeaders.setAsync": "hang" } });
  (global as any).Office = fake.office;
  const event = fakeEvent();
  const start = Date.now();
  await settle(armSecurePostCommand(event, { policy: FAST }));
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(event.calls[0].at - start).toBeLessThanOrEqual(FAST.watchdogMs);
  expect(fake.state.notifications[NOTICE_KEY]).toMatchObject({ type: "errorMessage", message: "Sikker post kunne ikke slås til i tide. Prøv igen." });
});

test("OnNewMessageCompose that arms by policy puts up the persistent informational message", async () => {
  const fake = createFakeOutlook({ displayLanguage: "da-DK" });
  (global as any).Office = fake.office;
  await settle(onNewMessageComposeHandler(fakeEvent(), { policy: { ...FAST, armOnNewMessage: true } }));
  expect(fake.state.notifications[NOTICE_KEY]).toEqual({
    type: "informationalMessage",
    message: "Sikker post: mailen sendes signeret og krypteret.",
    icon: "Icon.16x16",
    persistent: true,
  });
});

test("OnNewMessageCompose whose arm fails claims nothing armed: the info bar says it could not be armed", async () => {
  const fake = createFakeOutlook({ misbehave: { "internetHeaders.setAsync": "nostick" } });
  (global as any).Office = fake.office;
  const event = fakeEvent();
  await settle(onNewMessageComposeHandler(event, { policy: { ...FAST, armOnNewMessage: true } }));
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(fake.state.notifications[NOTICE_KEY]).toEqual({ type: "errorMessage", message: "Sikker post kunne ikke slås til. Prøv igen." });
});

test.each<Misbehaviour>(["fail", "throw", "hang"])(
  "OnNewMessageCompose with a notification that does %s: armed, completes once within the watchdog",
  async (how) => {
    const fake = createFakeOutlook({ misbehave: { "notificationMessages.replaceAsync": how } });
    (global as any).Office = fake.office;
    const event = fakeEvent();
    const start = Date.now();
    await settle(onNewMessageComposeHandler(event, { policy: { ...FAST, armOnNewMessage: true } }));
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(event.calls[0].at - start).toBeLessThanOrEqual(FAST.watchdogMs);
    expect(fake.state.headers[HEADER.name]).toBe(HEADER.value);
  },
);
