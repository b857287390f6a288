import { build, comps, evaluate, N, cats } from "./comp";
build();
const g=(k:string)=>comps[k]!;
const q=(k:string,qq:number)=>{const v=Array.from(g(k)).filter((_,i)=>Math.floor(i/N)!==i%N).sort((a,b)=>a-b); return v[Math.floor(qq*(v.length-1))]!;};
const base: Record<string,number>={}; const baseCov: Record<string,number>={};
for(const c of cats){base[c]=q("cos_"+c,0.5); baseCov[c]=q("cov_"+c,0.5);}
const t99=q("text",0.99);
console.log(base, baseCov, t99);
const cl=(x:number)=>x<0?0:x>1?1:x;
const cos=(a:number,b:number,c:string)=>cl((g("cos_"+c)[a*N+b]!-base[c]!)/(1-base[c]!));
const covR=(a:number,b:number,c:string)=>g("cov_"+c)[a*N+b]!;
const covS=(a:number,b:number,c:string)=>cl((g("cov_"+c)[a*N+b]!-baseCov[c]!)/(1-baseCov[c]!));
const text=(a:number,b:number)=>g("text")[a*N+b]!;
function cfg(name:string, w:number[], tw:number, al:number, cov=covR, tx=text){
  evaluate(name, (a,b)=>cats.reduce((s,c,f)=>s+w[f]!*(c==="workContext"?cos(a,b,c):al*cov(a,b,c)+(1-al)*cos(a,b,c)),0)+tw*tx(a,b));
}
cfg("resc shape only equal", [.2,.2,.2,.2,.2], 0, 0);
for (const tw of [.2,.3,.4,.5]) cfg("resc equal tw="+tw, [.2,.2,.2,.2,.2].map(x=>x*(1-tw)), tw, 0);
for (const tw of [.3,.4]) cfg("resc S.15 A.1 K.15 WA.15 WC.1 tw, a=.25 rawcov "+tw, [.15,.1,.15,.15,.1].map(x=>x/.65*(1-tw)), tw, .25);
for (const tw of [.3,.4]) cfg("resc S.15 A.1 K.15 WA.15 WC.1 tw, a=.25 rescov "+tw, [.15,.1,.15,.15,.1].map(x=>x/.65*(1-tw)), tw, .25, covS);
for (const tw of [.3,.4]) cfg("resc S.15 A.1 K.15 WA.15 WC.1 tw, a=.25 rescov t/t99 "+tw, [.15,.1,.15,.15,.1].map(x=>x/.65*(1-tw)), tw, .25, covS, (a,b)=>cl(text(a,b)/t99));
