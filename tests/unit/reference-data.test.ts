import { describe, expect, it } from "vitest";
import {
  ImportError,
  normaliseProfileCode,
  parseCops,
  parseGuide,
  parseInterests,
  parseNocBilingual,
  parseRatings,
  parseWages,
} from "@/lib/reference-data/parse";
import { isRegulatedRequirement } from "@/lib/reference-data/engine-input";

const BOM = "\uFEFF";

const guideCsv = `${BOM}Code,Name,Structure type,Category,Description
B,Skills,Category,Skills,Developed capacities.
B01,Foundational Skills,Sub-Category,Skills,Basic skills.
B01a,Literacy,Similarity Group,Skills,
B01a01,Reading Comprehension,Descriptor,Skills,Reading. This descriptor is measured by proficiency level level on a scale of 1-5
B01a02,Writing,Descriptor,Skills,Writing. This descriptor is measured by proficiency level on a scale of 1-5
J,Work Context,Category,Work Context,Context.
J01,Structural,Sub-Category,Work Context,Structure.
J01c,Pace,Similarity Group,Work Context,
J01c02,Time Pressure,Descriptor,Work Context,Pressure. This descriptor is measured by frequency on a scale of 1-5 and importance on a scale of 1-5.
`;
const frenchGuide = JSON.stringify(
  Object.fromEntries(
    ["B", "B01", "B01a", "B01a01", "B01a02", "J", "J01", "J01c", "J01c02"].map((c) => [c, { name: `fr ${c}`, description: "" }]),
  ),
);

describe("profile codes", () => {
  it("pads the short forms the files use", () => {
    expect(normaliseProfileCode("95106")).toBe("95106.00");
    expect(normaliseProfileCode("31100.1")).toBe("31100.10");
    expect(normaliseProfileCode("31100.10")).toBe("31100.10");
    expect(normaliseProfileCode(" 00010.00 ")).toBe("00010.00");
  });
  it("rejects what is not a profile code", () => {
    expect(normaliseProfileCode("9510")).toBeNull();
    expect(normaliseProfileCode("31100.123")).toBeNull();
    expect(normaliseProfileCode("abc")).toBeNull();
  });
});

describe("guide and ratings", () => {
  const descriptors = parseGuide(guideCsv, frenchGuide);

  it("reads the hierarchy, scales and French names, and cleans the source's doubled word", () => {
    const reading = descriptors.find((d) => d.code === "B01a01")!;
    expect(reading).toMatchObject({ category: "skills", parentCode: "B01a", scaleMax: 5, nameFr: "fr B01a01" });
    expect(reading.descriptionEn).not.toContain("level level");
    expect(descriptors.find((d) => d.code === "B01")!.parentCode).toBe("B");
  });

  it("matches headers with stray spaces, a byte-order mark and short profile codes", () => {
    const csv = `${BOM}OaSIS Code - Final,OaSIS Label - Final, Reading Comprehension  ,Writing \n95106,Labourers,3,2\n31100.1,Specialists,5,4\n`;
    const table = parseRatings("skills", csv, descriptors);
    expect(table.descriptorCodes).toEqual(["B01a01", "B01a02"]);
    expect(table.profiles.map((p) => p.code)).toEqual(["95106.00", "31100.10"]);
    expect(table.ratings).toContainEqual({ profileCode: "31100.10", descriptorCode: "B01a02", value: 4 });
  });

  it("gives a second rating of the same descriptor its own code, named after its dimension", () => {
    const csv = `OaSIS Code - Final,OaSIS Label - Final,Time Pressure,Time Pressure2\n00010.00,Legislators,4,3\n`;
    const table = parseRatings("workContext", csv, descriptors);
    expect(table.descriptorCodes).toEqual(["J01c02", "J01c02.2"]);
    expect(table.secondRatings[0]).toMatchObject({ code: "J01c02.2", nameEn: "Time Pressure (importance)" });
  });

  it("names the file and row of a bad value", () => {
    const csv = `OaSIS Code - Final,OaSIS Label - Final,Reading Comprehension\n00010.00,Legislators,7\n`;
    expect(() => parseRatings("skills", csv, descriptors)).toThrow(/skills_oasis_2023_v1\.0\.csv, row 2: .*5/);
    const badCode = `OaSIS Code - Final,OaSIS Label - Final,Reading Comprehension\nX1,Legislators,3\n`;
    expect(() => parseRatings("skills", badCode, descriptors)).toThrow(ImportError);
  });

  it("refuses a column the guide does not describe", () => {
    const csv = `OaSIS Code - Final,OaSIS Label - Final,Juggling\n00010.00,Legislators,3\n`;
    expect(() => parseRatings("skills", csv, descriptors)).toThrow(/row 1: column "Juggling" matches no skills descriptor/);
  });

  it("requires a French name for every descriptor", () => {
    expect(() => parseGuide(guideCsv, JSON.stringify({ B: { name: "Compétences", description: "" } }))).toThrow(/no French name/);
  });
});

describe("other files", () => {
  it("reads interests whatever the letter case", () => {
    const rows = parseInterests("OaSIS Code,OaSIS Label ,Holland Codes - 1,Holland Codes - 2,Holland Codes - 3\n00012.00,Managers,E,C,i\n");
    expect(rows.map((r) => r.descriptorCode)).toEqual(["C01a05", "C01a06", "C01a02"]);
  });

  it("reads COPS figures with thousands separators and N/A, and skips aggregates", () => {
    const header =
      "Code,Occupation_Name,Nom_de_la_profession,Employment_emploi_2023,Employment_Growth_croissance_emploi,Retirements_retraites,Other_Replacement_autre_remplacement,Total_Job_Openings_Perspective_d'emploi,School_Leavers_Sortants_scolaires,Immigration,Other_Seekers_autres_chercheurs,Job_Seekers_Chercheurs_emploi,Recent_Labour_Market_Conditions,Conditions_récentes_sur_le_marché_du_travail,Future_Labour_Market_Conditions,Conditions_futures_sur_le_marché_du_travail";
    const csv = `${header}
TEER_0,TEER 0,FÉER 0,1,2,3,4,5,6,7,8,9,N/A,N/D,N/A,N/D
31301,Registered nurses,Infirmiers,"312,000",100,200,300,400,500,600,700,"8,800",Strong signs of Shortage,x,Moderate risk of Shortage,y
00013,Senior managers,Cadres,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/D,N/A,N/D
`;
    const rows = parseCops(csv);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ code: "31301", employment2023: 312000, jobSeekers: 8800, recentCondition: "strong-shortage", futureCondition: "moderate-shortage" });
    expect(rows[1]).toMatchObject({ code: "00013", employment2023: null, recentCondition: null });
  });

  it("refuses an unknown labour-market condition, naming the row", () => {
    const csv = `Code,a,b,c,d,e,f,g,h,i,j,k,l,m,n,o\n31301,x,y,1,1,1,1,1,1,1,1,1,Booming,x,Balance,y\n`;
    expect(() => parseCops(csv)).toThrow(/row 2: unknown labour-market condition "Booming"/);
  });

  it("reads wages, dropping years with no figures", () => {
    const csv = `ER_Code,NOC_2016,NOC_2021,Low_Wage_2016,Median_Wage_2016,High_Wage_2016,Low_Wage_2020,Median_Wage_2020,High_Wage_2020,Low_Wage_2024,Median_Wage_2024,High_Wage_2024,Province,Region
ER48,3012,31301,,,,30,40,50,35,45,55,Alberta,Alberta
`;
    const wages = parseWages(csv);
    expect(wages.map((w) => w.year)).toEqual([2020, 2024]);
    expect(wages[1]).toMatchObject({ province: "AB", noc2016: "3012", median: 45 });
  });

  it("reads bilingual titles and removes duplicate examples", () => {
    const json = JSON.stringify([
      { category_code: "31301", category_EN: "Registered nurses", category_FR: "Infirmiers", occupations_EN: ["Nurse", "Nurse ", "RN"], occupations_FR: ["Infirmière"] },
    ]);
    expect(parseNocBilingual(json)[0]).toMatchObject({ examplesEn: ["Nurse", "RN"], examplesFr: ["Infirmière"] });
    expect(() => parseNocBilingual("[{}]")).toThrow(/noc2021_bilingual\.json, row 1/);
  });

  it("recognises licensing in employment requirements", () => {
    expect(isRegulatedRequirement("Licensure by a provincial or territorial regulatory body is required.")).toBe(true);
    expect(isRegulatedRequirement("A provincial teaching certificate is required.")).toBe(true);
    expect(isRegulatedRequirement("Trade certification for construction electricians is compulsory in Quebec.")).toBe(true);
    expect(isRegulatedRequirement("Completion of secondary school is usually required.")).toBe(false);
  });
});
