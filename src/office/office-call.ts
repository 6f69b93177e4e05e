// Every Office.js call can fail, throw synchronously or never call back. This turns one async
// call into a promise that settles exactly once: with the value, or with an OfficeCallError that
// names what could not be checked. The callback itself never throws: an exception thrown inside
// an Office callback has been seen to leave Send hanging.

import { Fault } from "../core/decision";

export type CallFailure = "failed" | "threw" | "timeout" | "unsupported";

export class OfficeCallError extends Error {
  constructor(
    readonly fault: Fault,
    readonly failure: CallFailure,
    readonly code?: number | string,
  ) {
    super(`${fault}: ${failure}${code !== undefined ? ` (${code})` : ""}`);
    // ES2016 output: keep instanceof working on a subclassed Error.
    Object.setPrototypeOf(this, OfficeCallError.prototype);
  }
}

export interface AsyncResultLike<T> {
  /** "succeeded"/"failed" at run time; the typings declare a numeric enum. */
  status: unknown;
  value: T;
  error?: { code?: number; name?: string; message?: string } | null;
}

/** Only an explicit success counts: an unknown or missing status is a failure (fail closed). */
function succeeded(status: unknown): boolean {
  if (status === 0 || String(status).toLowerCase() === "succeeded") return true;
  try {
    return typeof Office !== "undefined" && !!Office.AsyncResultStatus && status === Office.AsyncResultStatus.Succeeded;
  } catch (e) {
    return false;
  }
}

/**
 * Calls `start(callback)` and settles with its value. `fault` says what the caller could not
 * check if it goes wrong; `timeoutMs` bounds an Office call that never answers.
 */
export function officeCall<T>(
  fault: Fault,
  timeoutMs: number,
  start: (callback: (result: AsyncResultLike<T>) => void) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => settle(() => reject(new OfficeCallError(fault, "timeout"))), timeoutMs);
    function settle(fn: () => void): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    }
    try {
      start((result) => {
        settle(() => {
          if (!result || !succeeded(result.status)) {
            const e = result && result.error;
            reject(new OfficeCallError(fault, "failed", e ? (e.code !== undefined ? e.code : e.name) : undefined));
          } else {
            resolve(result.value);
          }
        });
      });
    } catch (e) {
      settle(() => reject(new OfficeCallError(fault, "threw")));
    }
  });
}

/** Rejects with `timeout` if `p` has not settled in time; used for whole steps, not single calls. */
export function withTimeout<T>(p: Promise<T>, ms: number, fault: Fault): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new OfficeCallError(fault, "timeout")), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

export function faultOf(e: unknown, fallback: Fault): Fault {
  return e instanceof OfficeCallError ? e.fault : fallback;
}
