// The detectors the scanner runs, one per file. A new identifier type gets its own file here.
// dk-cpr comes first: the other Nordic detectors leave a number that is also a valid CPR number
// to it.

import type { Detector } from "../types";
import { dkBankAccountDetector } from "./dk-bank-account";
import { dkCprDetector } from "./dk-cpr";
import { dkDrivingLicenceDetector } from "./dk-driving-licence";
import { dkPassportDetector } from "./dk-passport";
import { fiHetuDetector } from "./fi-hetu";
import { ibanDetector } from "./iban";
import { noFodselsnummerDetector } from "./no-fodselsnummer";
import { paymentCardDetector } from "./payment-card";
import { sePersonnummerDetector } from "./se-personnummer";
import { sensitiveDetector } from "./sensitive";

export const DETECTORS: Detector[] = [
  dkCprDetector,
  sePersonnummerDetector,
  noFodselsnummerDetector,
  fiHetuDetector,
  dkPassportDetector,
  dkDrivingLicenceDetector,
  ibanDetector,
  dkBankAccountDetector,
  paymentCardDetector,
  sensitiveDetector,
];
