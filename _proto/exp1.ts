import { build, comps, evaluate, N, cats } from "./comp";
build();
const g=(k:string)=>comps[k]!;
for (const k of ["cos","ccos","pear"]) for (const c of cats) evaluate(k+" "+c, (a,b)=>g(k+"_"+c)[a*N+b]!);
for (const k of ["cos","ccos","pear"]) evaluate(k+" mean5", (a,b)=>cats.reduce((s,c)=>s+g(k+"_"+c)[a*N+b]!,0));
for (const k of ["cos","ccos","pear"]) evaluate(k+" mean4 (no wc)", (a,b)=>cats.slice(0,4).reduce((s,c)=>s+g(k+"_"+c)[a*N+b]!,0));
