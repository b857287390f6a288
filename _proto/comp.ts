import { loadInput, exclusions } from "./load";
import { writeFileSync, existsSync, readFileSync } from "node:fs";
export const inp = loadInput();
export const occ = inp.occupations; export const N = occ.length;
export const cats = ["skills","abilities","knowledge","workActivities","workContext"] as const;
const descs = cats.flatMap(c => inp.descriptors.filter(d => d.category === c));
const D = descs.length;
const X = new Float64Array(N*D);
occ.forEach((o,i)=>descs.forEach((d,j)=>{X[i*D+j]=(o.ratings[d.code]??0)/d.scaleMax;}));
const ranges = cats.map(c=>{const s=descs.findIndex(d=>d.category===c); let e=s; while(e<D&&descs[e]!.category===c)e++; return [s,e] as const;});
const mean = new Float64Array(D);
for (let j=0;j<D;j++){let s=0;for(let i=0;i<N;i++)s+=X[i*D+j]!;mean[j]=s/N;}
const STOP = new Set("the and for with from into other than this that their such may are or of to in on by as an a at be is it its all any also including related etc who which when where not".split(" "));
const stem=(w:string)=>w.length>4&&w.endsWith("ies")?w.slice(0,-3)+"y":w.length>3&&w.endsWith("s")&&!w.endsWith("ss")?w.slice(0,-1):w;
export const tok=(s:string)=>s.toLowerCase().split(/[^a-z]+/).filter(w=>w.length>2&&!STOP.has(w)).map(stem);
export function tfidf(textOf:(o:typeof occ[number])=>string[], sub=true) {
  const tfs = occ.map(o=>{const m=new Map<string,number>(); for(const t of textOf(o)) for(const w of tok(t)) m.set(w,(m.get(w)??0)+1); return m;});
  const df=new Map<string,number>(); for(const m of tfs) for(const w of m.keys()) df.set(w,(df.get(w)??0)+1);
  const vecs=tfs.map(m=>{const v=new Map<string,number>(); let n=0; for(const [w,c] of m){const x=(sub?1+Math.log(c):c)*Math.log(N/df.get(w)!); v.set(w,x); n+=x*x;} n=Math.sqrt(n)||1; for(const [w,x] of v) v.set(w,x/n); return v;});
  const S=new Float64Array(N*N);
  for(let a=0;a<N;a++)for(let b=0;b<N;b++){let s=0;const va=vecs[a]!,vb=vecs[b]!;const [sm,lg]=va.size<vb.size?[va,vb]:[vb,va];for(const [w,x] of sm){const y=lg.get(w);if(y)s+=x*y;}S[a*N+b]=s;}
  return S;
}
export const comps: Record<string, Float64Array> = {};
function mk(name:string){ return comps[name] = new Float64Array(N*N); }
export function build(){
  comps.text = tfidf(o=>[...o.titlesEn,...o.duties]);
  cats.forEach((c,f)=>{const [s,e]=ranges[f]!; const cos=mk("cos_"+c), cc=mk("ccos_"+c), cov=mk("cov_"+c), pear=mk("pear_"+c);
    for(let a=0;a<N;a++)for(let b=0;b<N;b++){let num=0,den=0,dot=0,na=0,nb=0,cd=0,cna=0,cnb=0; let ma=0,mb=0; for(let j=s;j<e;j++){ma+=X[a*D+j]!;mb+=X[b*D+j]!;} ma/=(e-s);mb/=(e-s); let pd=0,pa=0,pb=0;
      for(let j=s;j<e;j++){const p=X[a*D+j]!,t=X[b*D+j]!;num+=t*Math.min(p,t);den+=t*t;dot+=p*t;na+=p*p;nb+=t*t;const u=p-mean[j]!,v=t-mean[j]!;cd+=u*v;cna+=u*u;cnb+=v*v; pd+=(p-ma)*(t-mb);pa+=(p-ma)**2;pb+=(t-mb)**2;}
      cos[a*N+b]=na&&nb?dot/Math.sqrt(na*nb):0; cc[a*N+b]=cna&&cnb?cd/Math.sqrt(cna*cnb):0; cov[a*N+b]=den?num/den:1; pear[a*N+b]=pa&&pb?pd/Math.sqrt(pa*pb):0;}});
}
const ex = exclusions();
const codeIdx = new Map(occ.map((o,i)=>[o.code,i]));
export function evaluate(name:string, S:(a:number,b:number)=>number, quiet=false){
  let rr=0,h10=0,h20=0,n=0, ap=0, no=0;
  const s=new Float64Array(N);
  for(const [a,set] of ex){const ai=codeIdx.get(a); if(ai===undefined) continue;
    for(let b=0;b<N;b++)s[b]=S(ai,b);
    const order=[...Array(N).keys()].filter(i=>i!==ai).sort((x,y)=>s[y]!-s[x]!||x-y);
    const ranks=[...set].map(b=>order.indexOf(codeIdx.get(b)!)+1).filter(r=>r>0).sort((x,y)=>x-y);
    for(const r of ranks){rr+=1/r;h10+=r<=10?1:0;h20+=r<=20?1:0;n++;}
    let apo=0; ranks.forEach((r,k)=>apo+=(k+1)/r); ap+=apo/ranks.length; no++;
  }
  if(!quiet) console.log(name.padEnd(50), "MRR", (rr/n).toFixed(3), "h@10", (h10/n).toFixed(3), "h@20", (h20/n).toFixed(3), "MAP", (ap/no).toFixed(3));
  return ap/no;
}
