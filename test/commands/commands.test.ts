// The ribbon's "Send sikkert" function command and OnNewMessageCompose: both always complete
// exactly once, arm only with verified markers, and never claim a success that did not stick.

import { armSecurePostCommand } from "../../src/commands/arm-secure-post";
import { onNewMessageComposeHandler } from "../../src/launchevent/on-new-message-compose";
import { DEFAULT_POLICY, Policy } from "../../src/core/policy";
import { STATE_KEY } from "../../src/core/secure-state";
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
