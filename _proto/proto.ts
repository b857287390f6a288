import { loadInput, exclusions } from "./load";
const inp = loadInput();
const occ = inp.occupations; const N = occ.length;
const cats = ["skills","abilities","knowledge","workActivities","workContext"] as const;
const descs = cats.flatMap(c => inp.descriptors.filter(d => d.category === c));
const D = descs.length;
const X = new Float64Array(N*D);
occ.forEach((o,i)=>descs.forEach((d,j)=>{X[i*D+j]=(o.ratings[d.code]??0)/d.scaleMax;}));
const ranges = cats.map(c=>{const s=descs.findIndex(d=>d.category===c); let e=s; while(e<D&&descs[e]!.category===c)e++; return [s,e] as const;});
const mean = new Float64Array(D), sd = new Float64Array(D);
for (let j=0;j<D;j++){let s=0;for(let i=0;i<N;i++)s+=X[i*D+j]!;mean[j]=s/N;let v=0;for(let i=0;i<N;i++)v+=(X[i*D+j]!-mean[j]!)**2;sd[j]=Math.sqrt(v/N);}
// text
const STOP = new Set("the and for with from into other than this that their such may are or of to in on by as an a at be is it its all any also including related etc who which when where not".split(" "));
const stem=(w:string)=>w.length>4&&w.endsWith("ies")?w.slice(0,-3)+"y":w.length>3&&w.endsWith("s")&&!w.endsWith("ss")?w.slice(0,-1):w;
const tok=(s:string)=>s.toLowerCase().split(/[^a-z]+/).filter(w=>w.length>2&&!STOP.has(w)).map(stem);
function tfidf(textOf:(o:typeof occ[number])=>string[]) {
  const tfs = occ.map(o=>{const m=new Map<string,number>(); for(const t of textOf(o)) for(const w of tok(t)) m.set(w,(m.get(w)??0)+1); return m;});
  const df=new Map<string,number>(); for(const m of tfs) for(const w of m.keys()) df.set(w,(df.get(w)??0)+1);
  const vecs=tfs.map(m=>{const v=new Map<string,number>(); let n=0; for(const [w,c] of m){const x=(1+Math.log(c))*Math.log(N/df.get(w)!); v.set(w,x); n+=x*x;} n=Math.sqrt(n)||1; for(const [w,x] of v) v.set(w,x/n); return v;});
  const S=new Float64Array(N*N);
  for(let a=0;a<N;a++)for(let b=0;b<N;b++){let s=0;const va=vecs[a]!,vb=vecs[b]!;const [sm,lg]=va.size<vb.size?[va,vb]:[vb,va];for(const [w,x] of sm){const y=lg.get(w);if(y)s+=x*y;}S[a*N+b]=s;}
  return S;
}
const textAll = tfidf(o=>[...o.titlesEn,...o.duties]);
const textTitles = tfidf(o=>[...o.titlesEn]);
const textDuties = tfidf(o=>[...o.duties]);
type Cfg = {name:string; shape:"cos"|"ccos"|"zcos"|"none"; cov:number; w:number[]; text: Float64Array|null; tw:number; wcCov?:boolean};
function scores(cfg:Cfg, a:number): Float64Array {
  const out = new Float64Array(N);
  for (let b=0;b<N;b++){
    let total=0;
    ranges.forEach(([s,e],f)=>{
      let num=0,den=0,dot=0,na=0,nb=0;
      for(let j=s;j<e;j++){const p=X[a*D+j]!,t=X[b*D+j]!;num+=t*Math.min(p,t);den+=t*t;
        let u=p,v=t; if(cfg.shape==="ccos"){u-=mean[j]!;v-=mean[j]!;} if(cfg.shape==="zcos"){u=(u-mean[j]!)/(sd[j]!||1);v=(v-mean[j]!)/(sd[j]!||1);}
        dot+=u*v;na+=u*u;nb+=v*v;}
      const cov = den? num/den : 1;
      let shp = na&&nb? dot/Math.sqrt(na*nb):0; if(cfg.shape!=="cos") shp=(shp+1)/2;
      const useCov = f===4 && !cfg.wcCov ? 0 : cfg.cov;
      const fac = cfg.shape==="none"? cov : useCov*cov+(1-useCov)*shp;
      total+=cfg.w[f]!*fac;
    });
    if(cfg.text) total+=cfg.tw*cfg.text[a*N+b]!;
    out[b]=total;
  }
  return out;
}
const ex = exclusions();
const codeIdx = new Map(occ.map((o,i)=>[o.code,i]));
export function evaluate(cfg:Cfg){
  let rr=0,h10=0,h20=0,n=0, ap=0, no=0;
  for(const [a,set] of ex){const ai=codeIdx.get(a); if(ai===undefined) continue;
    const s=scores(cfg,ai); const order=[...Array(N).keys()].filter(i=>i!==ai).sort((x,y)=>s[y]!-s[x]!||x-y);
    const ranks=[...set].map(b=>order.indexOf(codeIdx.get(b)!)+1).filter(r=>r>0).sort((x,y)=>x-y);
    for(const r of ranks){rr+=1/r;h10+=r<=10?1:0;h20+=r<=20?1:0;n++;}
    let apo=0; ranks.forEach((r,k)=>apo+=(k+1)/r); ap+=apo/ranks.length; no++;
  }
  console.log(cfg.name.padEnd(40), "MRR", (rr/n).toFixed(3), "h@10", (h10/n).toFixed(3), "h@20", (h20/n).toFixed(3), "MAP", (ap/no).toFixed(3));
}
const W5=[1,1,1,1,1].map(x=>x/5);
for (const c of [
  {name:"text all only", shape:"none", cov:1, w:[0,0,0,0,0], text:textAll, tw:1},
  {name:"text titles only", shape:"none", cov:1, w:[0,0,0,0,0], text:textTitles, tw:1},
  {name:"text duties only", shape:"none", cov:1, w:[0,0,0,0,0], text:textDuties, tw:1},
  {name:"cov only (wc cov)", shape:"none", cov:1, w:W5, text:null, tw:0, wcCov:true},
  {name:"cos only", shape:"cos", cov:0, w:W5, text:null, tw:0},
  {name:"ccos only", shape:"ccos", cov:0, w:W5, text:null, tw:0},
  {name:"zcos only", shape:"zcos", cov:0, w:W5, text:null, tw:0},
  {name:"ccos+cov .5", shape:"ccos", cov:.5, w:W5, text:null, tw:0},
  {name:"cos+cov .5", shape:"cos", cov:.5, w:W5, text:null, tw:0},
] as Cfg[]) evaluate(c);
for (const f of [0,1,2,3,4]) { const w=[0,0,0,0,0]; w[f]=1; evaluate({name:"ccos facet "+cats[f], shape:"ccos", cov:0, w, text:null, tw:0}); }
for (const f of [0,1,2,3]) { const w=[0,0,0,0,0]; w[f]=1; evaluate({name:"cov facet "+cats[f], shape:"none", cov:1, w, text:null, tw:0}); }
for (const tw of [0.2,0.3,0.4,0.5]) evaluate({name:"ccos+cov.5 + textAll "+tw, shape:"ccos", cov:.5, w:W5.map(x=>x*(1-tw)), text:textAll, tw});
for (const tw of [0.2,0.3,0.4,0.5]) evaluate({name:"ccos + textAll "+tw, shape:"ccos", cov:0, w:W5.map(x=>x*(1-tw)), text:textAll, tw});
