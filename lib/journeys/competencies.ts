import "server-only";
import { preparedData } from "@/lib/alternatives/reference";
import { QUESTIONS, type Baseline } from "./questions";

/**
 * The profession's usual level on every descriptor the self-assessment's
 * questions stand for, as the engine has it (its prepared ratings, 0..1
 * times the descriptor's scale): the level "about the same" means.
 */
export async function questionBaseline(code: string): Promise<Baseline> {
  const prepared = await preparedData();
  const row = prepared.occupationIndex.get(code);
  const out = new Map<string, { level: number; scaleMax: number }>();
  if (row === undefined) return out;
  const width = prepared.descriptors.length;
  for (const code of new Set(QUESTIONS.flatMap((q) => q.descriptors))) {
    const j = prepared.descriptorIndex.get(code);
    if (j === undefined) continue;
    const scaleMax = prepared.descriptors[j]!.scaleMax;
    out.set(code, { level: Math.round(prepared.matrix[row * width + j]! * scaleMax * 10) / 10, scaleMax });
  }
  return out;
}
