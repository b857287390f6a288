import { loadInput } from "./load";
const inp = loadInput();
for (const c of ["31301","32101","33102","21300","22300","41220","42202","43100","32120","22100","21101","94143","22111","33101","31102","31303","32122","44101","14101"]) {
  const o = inp.occupations.find(o=>o.code===c)!; console.log(c, o.teer, o.regulated, o.titleEn, "profiles", o.profiles.length, "duties", o.duties.length, "titles", o.titlesEn.length, o.wage?.median, o.outlook?.future);
}
const lang=["F01a01","F01a02","F01a03","F01b01","F01b02"];
const dem = inp.occupations.map(o=>lang.reduce((s,c)=>s+o.ratings[c]!/5,0)/lang.length).sort((a,b)=>a-b);
console.log("lang demand pct", [0,0.1,0.25,0.5,0.75,0.9,1].map(q=>dem[Math.floor(q*(dem.length-1))]!.toFixed(2)).join(" "));
console.log(inp.occupations.filter(o=>o.regulated).map(o=>o.code).join(" "));
