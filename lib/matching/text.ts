/**
 * "How close the work itself is": TF-IDF over one text field of each
 * occupation (English titles, French titles, main duties or the NOC
 * definition), with word pairs so that "quality control" or "heavy
 * equipment" count as phrases. Cosine of two vectors is in [0, 1].
 */

/** Words that say nothing about the work, in English and French (accents already folded). */
const STOPWORDS = new Set(
  ("a an and any are as at be by etc for from in including into is it its may not of on or other "
    + "such than that the their this to when where which who with all also related "
    + "au aux avec ce ces dans de des du en et la le les leur leurs ou par pour qui que sur un une autre autres "
    + "dont est sont ainsi telles tels tel telle etc")
    .split(" "),
);

/**
 * Plural to singular, the one stemming rule that helps titles ("nurses" =
 * "nurse", "infirmieres" = "infirmiere", "travaux" = "travau") without
 * merging unrelated words.
 */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith("x")) return word.slice(0, -1);
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** Words and adjacent word pairs of one line of text. */
export function terms(line: string): string[] {
  const words = line
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z]+/)
    .filter((w) => w.length > 2 && !STOPWORDS.has(w))
    .map(stem);
  const out = [...words];
  for (let i = 0; i + 1 < words.length; i++) out.push(`${words[i]}_${words[i + 1]}`);
  return out;
}

/** Sparse vectors in compressed rows, plus the inverted index used to score one origin against all. */
export interface TextIndex {
  /** rowStart[i]..rowStart[i+1] are occupation i's entries. */
  rowStart: Uint32Array;
  rowTerm: Uint32Array;
  rowWeight: Float32Array;
  /** postStart[t]..postStart[t+1] are the occupations holding term t. */
  postStart: Uint32Array;
  postOccupation: Uint32Array;
  postWeight: Float32Array;
}

/** Builds L2-normalised TF-IDF vectors (sublinear term frequency, idf = ln(N / df)). */
export function buildTextIndex(documents: readonly (readonly string[])[]): TextIndex {
  const n = documents.length;
  const ids = new Map<string, number>();
  const counts = documents.map((lines) => {
    const tf = new Map<number, number>();
    for (const line of lines) {
      for (const term of terms(line)) {
        let id = ids.get(term);
        if (id === undefined) {
          id = ids.size;
          ids.set(term, id);
        }
        tf.set(id, (tf.get(id) ?? 0) + 1);
      }
    }
    return tf;
  });
  const df = new Uint32Array(ids.size);
  for (const tf of counts) for (const id of tf.keys()) df[id] = (df[id] ?? 0) + 1;

  const rowStart = new Uint32Array(n + 1);
  const rows = counts.map((tf) => {
    const entries = [...tf.entries()]
      .map(([id, c]) => [id, (1 + Math.log(c)) * Math.log(n / (df[id] ?? 1))] as const)
      .filter(([, w]) => w > 0)
      .sort((a, b) => a[0] - b[0]);
    const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0)) || 1;
    return entries.map(([id, w]) => [id, w / norm] as const);
  });
  let total = 0;
  rows.forEach((row, i) => {
    rowStart[i] = total;
    total += row.length;
  });
  rowStart[n] = total;
  const rowTerm = new Uint32Array(total);
  const rowWeight = new Float32Array(total);
  const postCount = new Uint32Array(ids.size + 1);
  rows.forEach((row, i) => {
    row.forEach(([id, w], k) => {
      const at = (rowStart[i] ?? 0) + k;
      rowTerm[at] = id;
      rowWeight[at] = w;
      postCount[id + 1] = (postCount[id + 1] ?? 0) + 1;
    });
  });
  const postStart = new Uint32Array(ids.size + 1);
  for (let t = 0; t < ids.size; t++) postStart[t + 1] = (postStart[t] ?? 0) + (postCount[t + 1] ?? 0);
  const fill = postStart.slice(0, ids.size);
  const postOccupation = new Uint32Array(total);
  const postWeight = new Float32Array(total);
  rows.forEach((row, i) => {
    for (const [id, w] of row) {
      const at = fill[id] ?? 0;
      postOccupation[at] = i;
      postWeight[at] = w;
      fill[id] = at + 1;
    }
  });
  return { rowStart, rowTerm, rowWeight, postStart, postOccupation, postWeight };
}

/** The cosine of occupation `origin`'s text with every occupation's, indexed like the occupations. */
export function textCloseness(index: TextIndex, origin: number): Float32Array {
  const out = new Float32Array(index.rowStart.length - 1);
  const end = index.rowStart[origin + 1]!;
  for (let k = index.rowStart[origin]!; k < end; k++) {
    const term = index.rowTerm[k]!;
    const w = index.rowWeight[k]!;
    const stop = index.postStart[term + 1]!;
    for (let q = index.postStart[term]!; q < stop; q++) out[index.postOccupation[q]!]! += w * index.postWeight[q]!;
  }
  // Float rounding can lift an identical pair a hair above 1.
  for (let b = 0; b < out.length; b++) if (out[b]! > 1) out[b] = 1;
  return out;
}
