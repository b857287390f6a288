import { assert } from "./assert";
import { LEVEL_OUT_OF_SCALE, UNKNOWN_DESCRIPTOR, UNKNOWN_ORIGIN } from "./messages";
import type { OriginVector } from "./score";
import type { PreparedData } from "./types";

/** The origin's row (unit group or finer OaSIS profile) and the unit group it belongs to. */
export type Origin = OriginVector;

/** Finds a unit group code (NNNNN) or an OaSIS profile code (NNNNN.NN); views of the unit group's rows, a fresh z-vector for a profile. */
export function resolveOrigin(prepared: PreparedData, code: string): Origin {
  const d = prepared.descriptors.length;
  const f = prepared.facets.length;
  const occupation = prepared.occupationIndex.get(code);
  if (occupation !== undefined) {
    return {
      occupation,
      unitGroup: true,
      levels: prepared.matrix.subarray(occupation * d, (occupation + 1) * d),
      z: prepared.zMatrix.subarray(occupation * d, (occupation + 1) * d),
      zNorms: prepared.zNorms.subarray(occupation * f, (occupation + 1) * f),
    };
  }
  const profile = prepared.profileIndex.get(code);
  assert(profile !== undefined, UNKNOWN_ORIGIN);
  const levels = prepared.profileMatrix.subarray(profile * d, (profile + 1) * d);
  const z = new Float32Array(d);
  for (let j = 0; j < d; j++) {
    const sd = prepared.descriptorSds[j]!;
    z[j] = sd > 0 ? (levels[j]! - prepared.descriptorMeans[j]!) / sd : 0;
  }
  const zNorms = Float32Array.from(prepared.facets, ({ start, end }) => {
    let sum = 0;
    for (let j = start; j < end; j++) sum += z[j]! ** 2;
    return Math.sqrt(sum);
  });
  return { occupation: prepared.profileOccupation[profile]!, unitGroup: false, levels, z, zNorms };
}

/**
 * The person's levels (0..1): their profession's, with what they actually
 * did put in place. A fresh copy; the profession's row is not touched.
 */
export function personVector(prepared: PreparedData, levels: Float32Array, adjustments: Readonly<Record<string, number>>): Float32Array {
  const person = Float32Array.from(levels);
  for (const [code, level] of Object.entries(adjustments)) {
    const j = prepared.descriptorIndex.get(code);
    assert(j !== undefined, UNKNOWN_DESCRIPTOR);
    const { scaleMax } = prepared.descriptors[j]!;
    assert(Number.isFinite(level) && level >= 0 && level <= scaleMax, LEVEL_OUT_OF_SCALE);
    person[j] = level / scaleMax;
  }
  return person;
}
