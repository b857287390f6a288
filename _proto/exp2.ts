import { build, comps, evaluate, N, cats } from "./comp";
build();
const g=(k:string)=>comps[k]!;
const pct=(k:string)=>{const v=Array.from(g(k)).filter((_,i)=>Math.floor(i/N)!==i%N).sort((a,b)=>a-b); return [0.01,0.1,0.25,0.5,0.75,0.9,0.99].map(q=>v[Math.floor(q*(v.length-1))]!.toFixed(3)).join(" ");};
for (const k of ["text",...cats.map(c=>"cos_"+c),...cats.map(c=>"cov_"+c)]) console.log(k.padEnd(22), pct(k));
// percentile transforms
const cdf: Record<string, (x:number)=>number> = {};
for (const k of Object.keys(comps)) { const v=Float64Array.from(Array.from(g(k)).filter((_,i)=>Math.floor(i/N)!==i%N)).sort(); cdf[k]=(x)=>{let lo=0,hi=v.length;while(lo<hi){const m=(lo+hi)>>1; if(v[m]!<x)lo=m+1; else hi=m;} return lo/v.length;}; }
const P: Record<string, Float64Array> = {};
for (const k of Object.keys(comps)) { const a=new Float64Array(N*N); const s=g(k); for(let i=0;i<N*N;i++)a[i]=cdf[k]!(s[i]!); P[k]=a; }
const shapeRaw=(a:number,b:number)=>cats.reduce((s,c)=>s+g("cos_"+c)[a*N+b]!,0)/5;
const shapeP=(a:number,b:number)=>cats.reduce((s,c)=>s+P["cos_"+c]![a*N+b]!,0)/5;
for (const tw of [0.2,0.35,0.5]) evaluate("raw lin shape+text "+tw, (a,b)=>(1-tw)*shapeRaw(a,b)+tw*g("text")[a*N+b]!);
for (const tw of [0.2,0.35,0.5]) evaluate("pct lin shape+text "+tw, (a,b)=>(1-tw)*shapeP(a,b)+tw*P.text![a*N+b]!);
// rescale cos: (cos - floor)/(1-floor) with floor = 1st pct
for (const tw of [0.2,0.35,0.5]) evaluate("pct shape + raw text*2 "+tw, (a,b)=>(1-tw)*shapeP(a,b)+tw*Math.min(1,2*g("text")[a*N+b]!));
for (const tw of [0.35,0.5]) evaluate("geo pct "+tw, (a,b)=>Math.pow(shapeP(a,b),1-tw)*Math.pow(P.text![a*N+b]!,tw));
