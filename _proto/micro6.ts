interface Best { at: number[]; key: number[]; size: number }
function offer(list: Best, j: number, key: number): void {
  const { at, key: keys, size } = list;
  let i = at.length;
  if (i === size) { if (key <= keys[size - 1]!) return; i = size - 1; } else { at.push(j); keys.push(key); }
  while (i > 0 && keys[i - 1]! < key) { at[i] = at[i - 1]!; keys[i] = keys[i - 1]!; i--; }
  at[i] = j; keys[i] = key;
}
const vals = Float64Array.from({ length: 200 }, (_, i) => Math.sin(i * 12.9898) * 0.5 + 0.5);
let t = performance.now(); let s = 0;
for (let r = 0; r < 100000; r++) { const b: Best = { at: [], key: [], size: 8 }; for (let j = 0; j < 200; j++) offer(b, j, vals[j]!); s += b.at[0]!; }
console.log("us per 200 offers", ((performance.now() - t) * 1000 / 100000).toFixed(2), s);
