import { describe, expect, it } from "vitest";
import { firstField, outcomeInput, planItemInput, planItemPatch, referralInput, referralPatch } from "@/lib/workspace/casework/forms";
import { actionItemCreateSchema, actionItemPatchSchema, noteSchema, outcomeCreateSchema, referralCreateSchema, referralPatchSchema } from "@/lib/workspace/casework/schema";
import { planOrder, timelineOrder, type ActionItemView, type TimelineEntry } from "@/lib/workspace/casework/service";

const fieldOf = (result: { success: boolean; error?: import("zod").ZodError }) => (result.success ? null : firstField(result.error!));
const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

describe("notes", () => {
  it("need text, strip control characters, and stay under 5,000 characters", () => {
    expect(noteSchema.parse({ body: "  Met\u0000 the client  " })).toEqual({ body: "Met the client" });
    expect(fieldOf(noteSchema.safeParse({ body: "   " }))).toBe("body");
    expect(fieldOf(noteSchema.safeParse({ body: "x".repeat(5001) }))).toBe("body");
    expect(fieldOf(noteSchema.safeParse({ body: "x", author: "someone" }))).not.toBeNull();
  });
});

describe("action items", () => {
  it("default to open, owned by the client, without a due date", () => {
    expect(actionItemCreateSchema.parse({ title: "Book the exam" })).toEqual({ title: "Book the exam", ownerMembershipId: null, dueOn: null, status: "open" });
  });

  it("refuse an unknown status, a bad date, a non-id owner, and an empty patch", () => {
    expect(fieldOf(actionItemCreateSchema.safeParse({ title: "x", status: "finished" }))).toBe("status");
    expect(fieldOf(actionItemCreateSchema.safeParse({ title: "x", dueOn: "01/02/2026" }))).toBe("dueOn");
    expect(fieldOf(actionItemCreateSchema.safeParse({ title: "x", ownerMembershipId: "me" }))).toBe("ownerMembershipId");
    expect(actionItemPatchSchema.safeParse({}).success).toBe(false);
  });

  it("from a form: an empty owner is the client, an empty date none, and a patch only has the fields sent", () => {
    expect(planItemInput({ title: "Call", ownerMembershipId: "", dueOn: "", status: "open" })).toEqual({ title: "Call", ownerMembershipId: null, dueOn: null, status: "open" });
    expect(planItemPatch({ status: "done", locale: "en" })).toEqual({ status: "done" });
    expect(actionItemPatchSchema.parse(planItemPatch({ status: "done", dueOn: "" }))).toEqual({ status: "done", dueOn: null });
  });
});

describe("referrals", () => {
  it("default to proposed and today, and close on or after the day they were made, never in the future", () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(referralCreateSchema.parse({ kind: "mentor", partner: "Mentor network" })).toMatchObject({ status: "proposed", referredOn: today });
    expect(fieldOf(referralCreateSchema.safeParse({ kind: "mentor", partner: "x", referredOn: "2026-03-01", closedOn: "2026-02-01" }))).toBe("closedOn");
    expect(fieldOf(referralCreateSchema.safeParse({ kind: "mentor", partner: "x", referredOn: tomorrow }))).toBe("referredOn");
    expect(fieldOf(referralCreateSchema.safeParse({ kind: "recruiter", partner: "x" }))).toBe("kind");
    expect(fieldOf(referralCreateSchema.safeParse({ kind: "mentor", partner: "" }))).toBe("partner");
    expect(referralPatchSchema.safeParse({}).success).toBe(false);
  });

  it("from a form: empty result and closing date are null", () => {
    expect(referralCreateSchema.parse(referralInput({ kind: "employer", partner: "Hospital", referredOn: "2026-01-05", status: "sent", result: "", closedOn: "" }))).toMatchObject({
      result: null,
      closedOn: null,
    });
    expect(referralPatch({ status: "completed", result: " Hired ", closedOn: "" })).toEqual({ status: "completed", result: "Hired", closedOn: null });
  });
});

describe("outcomes", () => {
  const base = { occurredOn: "2026-05-01" };

  it("an alternative career needs its NOC code and field relation", () => {
    const parsed = outcomeCreateSchema.safeParse({ ...base, kind: "employed-alternative" });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path[0]).sort()).toEqual(["fieldRelation", "nocCode"]);
    expect(outcomeCreateSchema.parse({ ...base, kind: "employed-alternative", nocCode: "32101", fieldRelation: "related" })).toEqual({
      kind: "employed-alternative",
      occurredOn: "2026-05-01",
      nocCode: "32101",
      fieldRelation: "related",
      level: null,
      note: null,
    });
  });

  it("a job in the profession is in the person's field; a survival job may name its NOC code", () => {
    expect(outcomeCreateSchema.parse({ ...base, kind: "employed-in-profession" }).fieldRelation).toBe("same");
    expect(fieldOf(outcomeCreateSchema.safeParse({ ...base, kind: "employed-in-profession", fieldRelation: "unrelated" }))).toBe("fieldRelation");
    expect(outcomeCreateSchema.parse({ ...base, kind: "survival-job", nocCode: "65201" }).nocCode).toBe("65201");
  });

  it("only jobs carry a NOC code or field relation, and only language outcomes a level", () => {
    expect(fieldOf(outcomeCreateSchema.safeParse({ ...base, kind: "licensed", nocCode: "31301" }))).toBe("nocCode");
    expect(fieldOf(outcomeCreateSchema.safeParse({ ...base, kind: "exam-passed", fieldRelation: "same" }))).toBe("fieldRelation");
    expect(fieldOf(outcomeCreateSchema.safeParse({ ...base, kind: "licensed", level: { scale: "CLB", value: 7 } }))).toBe("level");
    expect(fieldOf(outcomeCreateSchema.safeParse({ ...base, kind: "language-level-reached" }))).toBe("level");
    expect(fieldOf(outcomeCreateSchema.safeParse({ ...base, kind: "language-level-reached", level: { scale: "IELTS", value: 7 } }))).toBe("level");
    expect(fieldOf(outcomeCreateSchema.safeParse({ ...base, kind: "language-level-reached", level: { scale: "CLB", value: 13 } }))).toBe("level");
  });

  it("refuse a future date and a malformed NOC code", () => {
    expect(fieldOf(outcomeCreateSchema.safeParse({ kind: "licensed", occurredOn: tomorrow }))).toBe("occurredOn");
    expect(fieldOf(outcomeCreateSchema.safeParse({ ...base, kind: "survival-job", nocCode: "6520" }))).toBe("nocCode");
  });

  it("from a form: the level's two fields make one level, or none when both are empty", () => {
    expect(outcomeCreateSchema.parse(outcomeInput({ kind: "language-level-reached", occurredOn: "2026-03-01", levelScale: "NCLC", levelValue: "7", nocCode: "", fieldRelation: "" })).level).toEqual({
      scale: "NCLC",
      value: 7,
    });
    expect(outcomeInput({ kind: "licensed", occurredOn: "2026-03-01", levelScale: "", levelValue: "" }).level).toBeNull();
    expect(fieldOf(outcomeCreateSchema.safeParse(outcomeInput({ kind: "language-level-reached", occurredOn: "2026-03-01", levelScale: "CLB", levelValue: "" })))).toBe("level");
  });
});

describe("ordering", () => {
  const item = (over: Partial<ActionItemView>): ActionItemView => ({
    id: over.id ?? "x",
    clientId: "c",
    title: "t",
    owner: null,
    dueOn: null,
    status: "open",
    overdue: false,
    completedAt: null,
    createdAt: "2026-01-01T00:00:00.000Z",
    ...over,
  });

  it("puts overdue actions first, then open ones by due date (undated last), then finished ones, latest first", () => {
    const items = [
      item({ id: "done-old", status: "done", completedAt: "2026-02-01T00:00:00.000Z" }),
      item({ id: "undated" }),
      item({ id: "later", dueOn: "2099-01-01" }),
      item({ id: "overdue", dueOn: "2020-01-01", overdue: true }),
      item({ id: "done-new", status: "done", completedAt: "2026-03-01T00:00:00.000Z" }),
      item({ id: "soon", dueOn: "2098-01-01", status: "in-progress" }),
    ];
    expect([...items].sort(planOrder).map((i) => i.id)).toEqual(["overdue", "soon", "later", "undated", "done-new", "done-old"]);
  });

  it("the timeline runs newest first", () => {
    const entries: TimelineEntry[] = [
      { kind: "first-visit", date: "2026-01-10" },
      { kind: "client-created", date: "2026-01-10T15:00:00.000Z" },
      { kind: "report", date: "2026-03-01T09:00:00.000Z", report: { id: "r", version: 2 } },
    ];
    expect([...entries].sort(timelineOrder).map((e) => e.kind)).toEqual(["report", "client-created", "first-visit"]);
  });
});
