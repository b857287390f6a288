import { readReferenceDataset } from "./lib/reference-data/dataset";
import { toEngineInput } from "./lib/reference-data/engine-input";
const t0 = Date.now();
const ds = readReferenceDataset("/tmp/dd");
const inp = toEngineInput(ds);
console.log("load ms", Date.now()-t0, inp.dataVersion, inp.descriptors.length, inp.occupations.length);
const byCat: Record<string, number> = {};
for (const d of inp.descriptors) byCat[d.category+":"+d.scaleMax] = (byCat[d.category+":"+d.scaleMax]??0)+1;
console.log(byCat);
console.log(inp.descriptors.slice(0,5));
const o = inp.occupations.find(o=>o.code==="31301")!;
console.log(JSON.stringify({...o, ratings: Object.entries(o.ratings).slice(0,10), profiles: o.profiles.map(p=>p.code)}, null, 1).slice(0,4000));
console.log("regulated", inp.occupations.filter(o=>o.regulated).length);
console.log("no duties", inp.occupations.filter(o=>o.duties.length===0).length, "no outlook", inp.occupations.filter(o=>!o.outlook).length, "no wage", inp.occupations.filter(o=>!o.wage).length);
console.log(ds.nocClasses.slice(0,5));
console.log(inp.descriptors.filter(d=>d.category==="workContext").map(d=>d.code+" "+d.nameEn+" "+d.scaleMax).join("\n"));
for (const cat of ["skills","abilities","knowledge","workActivities","workContext","personalAttributes"]) {
  const ds2 = inp.descriptors.filter(d=>d.category===cat);
  const vals = inp.occupations.flatMap(o=>ds2.map(d=>o.ratings[d.code]!/d.scaleMax));
  const zeros = vals.filter(v=>v===0).length;
  const mean = vals.reduce((a,b)=>a+b,0)/vals.length;
  console.log(cat, ds2.length, "zeros", (zeros/vals.length).toFixed(3), "mean", mean.toFixed(3));
  console.log("  ", ds2.slice(0,60).map(d=>d.code+":"+d.nameEn).join(" | "));
}
