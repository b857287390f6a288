import { readFileSync } from "node:fs";
import { isRegulatedRequirement } from "./lib/reference-data/engine-input";
const lines = readFileSync("prisma/data/oasis-2023-v1.0/employment-requirements_oasis_2023_v1.0.csv","utf8").split("\n");
const hits = lines.filter(l=>isRegulatedRequirement(l));
const drv = hits.filter(l=>/driver'?s? licen|driver's|class \w+ licen|licen[cs]e may be required\.?"?$/i.test(l));
console.log(hits.length, drv.length);
for (const l of hits.filter(l=>/^(65100|14400|64410|75201|73300|65101|62029|53202|64322|14110|14202|13200|53111|74202)/.test(l))) console.log(l);
