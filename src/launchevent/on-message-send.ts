// OnMessageSend (Smart Alerts, SendMode="Block"). Reads the item, asks decideSend, and carries
// out the verdict:
//
//   allow                   -> completed({ allowEvent: true })
//   arm, then block         -> put the markers on, verify them, stop once and say what was found
//   arm, then allow (auto)  -> put the markers on, verify them, send
//   block: lapsed           -> re-arm, stop and say what had changed; the next Send goes through
//   block: fault            -> stop and say what could not be checked (fail closed)
//
// A failed arm is asked of decideSend again as a fault, so it blocks. A watchdog answers
// "blocked" if any of this has not finished in time. completeOnce makes sure event.completed is
// called exactly once, whichever comes first.
//
// After a verified arm or re-arm the message's info bar says so (persistent informational
// message); a re-arm that failed leaves the lapse there as an error message. Those notifications
// are started after the verdict is given and not awaited: they can neither change it nor delay it.

import { decideSend, Fault, SendContext, SendVerdict } from "../core/decision";
import { Lang, sendDialog } from "../core/i18n";
import { Policy } from "../core/policy";
import { ArmedBy } from "../core/secure-state";
import { ScanResult } from "../core/types";
import { CompletableEvent, Completion, completeOnce } from "../office/complete";
import { composeItem, displayLang } from "../office/context";
import { ComposeItem } from "../office/item";
import { inspectItem } from "../office/inspect";
import { armSecurePost } from "../office/markers";
import { showArmedNotice, showLapsedNotice } from "../office/notices";
import { faultOf } from "../office/office-call";
import { currentPolicy, eventStorageMs, policyForEvent } from "../office/policy-source";

export interface SendHandlerDeps {
  policy?: Policy;
  now?: () => Date;
}

function blockFault(done: Completion, ctx: SendContext, faults: Fault[], lang: Lang): void {
  const verdict = decideSend({ scan: ctx.scan, state: ctx.state, policy: ctx.policy, faults });
  done.block(sendDialog(verdict, ctx.scan, lang));
}

function carryOut(
  verdict: SendVerdict,
  ctx: SendContext,
  item: ComposeItem,
  done: Completion,
  lang: Lang,
  now: Date,
  ms: number,
): Promise<void> {
  const scan: ScanResult | null = ctx.scan;
  switch (verdict.action) {
    case "allow":
      done.allow();
      return Promise.resolve();
    case "block":
      if (verdict.reason === "fault") {
        done.block(sendDialog(verdict, scan, lang));
        return Promise.resolve();
      }
      // Lapsed: mark it again so the next Send goes through, and tell the user what had changed.
      return armSecurePost(item, ctx.policy, rearmBy(ctx), now, ms).then(
        () => {
          done.block(sendDialog(verdict, scan, lang));
          showArmedNotice(item, lang);
        },
        (e: unknown) => {
          blockFault(done, ctx, [faultOf(e, "arm")], lang);
          showLapsedNotice(item, verdict.changes, lang);
        },
      );
    case "arm":
      return armSecurePost(item, ctx.policy, "policy", now, ms).then(
        () => {
          if (verdict.afterArm === "allow") done.allow();
          else done.block(sendDialog(verdict, scan, lang));
          showArmedNotice(item, lang);
        },
        (e: unknown) => blockFault(done, ctx, [faultOf(e, "arm")], lang),
      );
  }
}

function rearmBy(ctx: SendContext): ArmedBy {
  const s = ctx.state;
  return s && s.kind === "lapsed" && s.by === "user" ? "user" : "policy";
}

/**
 * The handler Outlook calls; registered under `onMessageSendHandler`.
 *
 * Send never waits on the network: the policy is the last good copy from storage (fetched at
 * compose or by the taskpane), read within an eighth of the watchdog (at most 500 ms), else what
 * this runtime holds, else the built-in strict default. The watchdog starts at once on the policy
 * held now (the built-in 4 s in a fresh runtime); a loaded policy with a shorter watchdog
 * shortens it, a longer one does not lengthen it.
 */
export function onMessageSendHandler(event: CompletableEvent, deps: SendHandlerDeps = {}): Promise<void> {
  const done = completeOnce(event);
  const held = deps.policy || currentPolicy();
  let lang = displayLang(held.languages);
  const now = deps.now ? deps.now() : new Date();
  const started = Date.now();
  let noContext: SendContext = { scan: null, state: null, faults: [], policy: held };

  const timers = [setTimeout(() => blockFault(done, noContext, ["timeout"], lang), held.watchdogMs)];
  const finished = () => {
    for (const t of timers) clearTimeout(t);
  };

  const run = (policy: Policy): Promise<void> => {
    lang = displayLang(policy.languages);
    noContext = { scan: null, state: null, faults: [], policy };
    if (policy.watchdogMs < held.watchdogMs) {
      const left = Math.max(0, policy.watchdogMs - (Date.now() - started));
      timers.push(setTimeout(() => blockFault(done, noContext, ["timeout"], lang), left));
    }
    const item = composeItem();
    if (!item) {
      blockFault(done, noContext, ["unexpected"], lang);
      return Promise.resolve();
    }
    // Each Office call gets the whole budget; the watchdog bounds them together.
    return inspectItem(item, policy, now, policy.watchdogMs).then((insp) =>
      carryOut(decideSend(insp.ctx), insp.ctx, item, done, lang, now, policy.watchdogMs),
    );
  };

  let work: Promise<void>;
  try {
    const policyP = deps.policy
      ? Promise.resolve(deps.policy)
      : policyForEvent({ storageMs: eventStorageMs(held) }).then((p) => p.policy);
    work = policyP.then(run);
  } catch (e) {
    blockFault(done, noContext, ["unexpected"], lang);
    work = Promise.resolve();
  }
  return work.then(
    () => {
      finished();
      // Every branch above completes; this is the last guard against a path that forgot to.
      if (!done.done) blockFault(done, noContext, ["unexpected"], lang);
    },
    () => {
      finished();
      blockFault(done, noContext, ["unexpected"], lang);
    },
  );
}
