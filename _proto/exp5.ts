import { evaluate, N, occ } from "./comp";
const STOP = new Set("the and for with from into other than this that their such may are or of to in on by as an a at be is it its all any also including related etc who which when where not".split(" "));
function mkTok(stem:(w:string)=>string){return (s:string)=>s.toLowerCase().split(/[^a-z]+/).filter(w=>w.length>2&&!STOP.has(w)).map(stem);}
const s1=(w:string)=>w.length>4&&w.endsWith("ies")?w.slice(0,-3)+"y":w.length>3&&w.endsWith("s")&&!w.endsWith("ss")?w.slice(0,-1):w;
const SUF=["ations","ation","ings","ing","ists","ist","ians","ian","ers","er","ors","or","ies","es","s","ed","al","ic","y","e"];
const s2=(w:string)=>{for(const s of SUF){ if(w.endsWith(s)&&w.length-s.length>=4) return w.slice(0,-s.length);} return w;};
const s3=(w:string)=>{let x=s2(w); x=s2(x); return x;};
function tfidf(tok:(s:string)=>string[], textOf:(o:typeof occ[number])=>string[]){
  const tfs = occ.map(o=>{const m=new Map<string,number>(); for(const t of textOf(o)) for(const w of tok(t)) m.set(w,(m.get(w)??0)+1); return m;});
  const df=new Map<string,number>(); for(const m of tfs) for(const w of m.keys()) df.set(w,(df.get(w)??0)+1);
  const vecs=tfs.map(m=>{const v=new Map<string,number>(); let n=0; for(const [w,c] of m){const x=(1+Math.log(c))*Math.log(N/df.get(w)!); v.set(w,x); n+=x*x;} n=Math.sqrt(n)||1; for(const [w,x] of v) v.set(w,x/n); return v;});
  const S=new Float64Array(N*N);
  for(let a=0;a<N;a++)for(let b=0;b<N;b++){let s=0;const va=vecs[a]!,vb=vecs[b]!;const [sm,lg]=va.size<vb.size?[va,vb]:[vb,va];for(const [w,x] of sm){const y=lg.get(w);if(y)s+=x*y;}S[a*N+b]=s;}
  return {S, vocab: df.size};
}
for (const [name, st] of [["s1",s1],["s2",s2],["s3",s3]] as const) {
  const {S,vocab}=tfidf(mkTok(st), o=>[...o.titlesEn,...o.duties]); evaluate(name+" vocab "+vocab, (a,b)=>S[a*N+b]!);
}
// bigrams
const tokB=(s:string)=>{const u=mkTok(s2)(s); const out=[...u]; for(let i=0;i+1<u.length;i++) out.push(u[i]+"_"+u[i+1]); return out;};
{const {S,vocab}=tfidf(tokB, o=>[...o.titlesEn,...o.duties]); evaluate("s2+bigrams vocab "+vocab, (a,b)=>S[a*N+b]!);}
