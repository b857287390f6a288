import { build, comps, evaluate, N, cats } from "./comp";
build();
const g=(k:string)=>comps[k]!;
const cos=(a:number,b:number,c:string)=>g("cos_"+c)[a*N+b]!;
const cov=(a:number,b:number,c:string)=>g("cov_"+c)[a*N+b]!;
const text=(a:number,b:number)=>g("text")[a*N+b]!;
function cfg(name:string, w:number[], tw:number, al:number){
  evaluate(name, (a,b)=>cats.reduce((s,c,f)=>s+w[f]!*(c==="workContext"?cos(a,b,c):al*cov(a,b,c)+(1-al)*cos(a,b,c)),0)+tw*text(a,b));
}
cfg("equal .1x5 text .5 a.25", [.1,.1,.1,.1,.1], .5, .25);
cfg("S.15 A.1 K.15 WA.15 WC.1 T.35 a.25", [.15,.1,.15,.15,.1], .35, .25);
cfg("S.15 A.1 K.15 WA.15 WC.1 T.35 a.3", [.15,.1,.15,.15,.1], .35, .3);
cfg("S.1 A.1 K.15 WA.15 WC.1 T.4 a.25", [.1,.1,.15,.15,.1], .4, .25);
cfg("S.1 A.05 K.15 WA.15 WC.15 T.4 a.25", [.1,.05,.15,.15,.15], .4, .25);
cfg("S.15 A.1 K.15 WA.15 WC.1 T.35 a.5", [.15,.1,.15,.15,.1], .35, .5);
