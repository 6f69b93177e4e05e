// The detectors the scanner runs, one per file. A new identifier type gets its own file here.

import type { Detector } from "../types";
import { dkCprDetector } from "./dk-cpr";

export const DETECTORS: Detector[] = [dkCprDetector];
