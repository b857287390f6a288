import { build, comps, N, cats, occ } from "./comp";
build();
const g=(k:string)=>comps[k]!;
function evalSets(name:string, S:(a:number,b:number)=>number, rel:(a:number,b:number)=>boolean){
  let ap=0,no=0,h10=0,n=0; const s=new Float64Array(N);
  for(let a=0;a<N;a++){ for(let b=0;b<N;b++)s[b]=S(a,b);
    const order=[...Array(N).keys()].filter(i=>i!==a).sort((x,y)=>s[y]!-s[x]!||x-y);
    const ranks:number[]=[]; order.forEach((b,k)=>{if(rel(a,b))ranks.push(k+1);}); if(!ranks.length) continue;
    let apo=0; ranks.forEach((r,k)=>{apo+=(k+1)/r; if(r<=10)h10++; n++;}); ap+=apo/ranks.length; no++; }
  console.log(name.padEnd(45),"MAP",(ap/no).toFixed(3),"h@10",(h10/n).toFixed(3), "origins", no);
}
const minor=(a:number,b:number)=>occ[a]!.code.slice(0,4)===occ[b]!.code.slice(0,4);
const cos=(a:number,b:number,c:string)=>g("cos_"+c)[a*N+b]!;
const cov=(a:number,b:number,c:string)=>g("cov_"+c)[a*N+b]!;
const text=(a:number,b:number)=>g("text")[a*N+b]!;
const mix=(w:number[],tw:number,al:number)=>(a:number,b:number)=>cats.reduce((s,c,f)=>s+w[f]!*(c==="workContext"?cos(a,b,c):al*cov(a,b,c)+(1-al)*cos(a,b,c)),0)+tw*text(a,b);
for (const [nm,f] of [["text",text],["shape eq",mix([.2,.2,.2,.2,.2],0,0)],["eq .1 + text .5",mix([.1,.1,.1,.1,.1],.5,0)],["S.15A.1K.15WA.15WC.1 T.35 a.25",mix([.15,.1,.15,.15,.1],.35,.25)],["S.15A.1K.15WA.15WC.1 T.35 a0",mix([.15,.1,.15,.15,.1],.35,0)],["T.2 rest .16",mix([.16,.16,.16,.16,.16],.2,0)]] as const) evalSets("minor: "+nm, f, minor);
