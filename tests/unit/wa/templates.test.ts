import { describe, expect, it } from "vitest";
import {
  firstName,
  hasTemplate,
  renderNotification,
  TEMPLATE_TYPES,
  type TemplateData,
  type TemplateType,
} from "../../../shared/whatsapp/templates.ts";

const to = { fullName: "Priya Sharma" };
const render = <T extends TemplateType>(type: T, data: TemplateData<T>) =>
  renderNotification({ type, data, title: "T", body: "B" }, to);

describe("WhatsApp templates", () => {
  it("has one template per kind the issue lists", () => {
    expect(TEMPLATE_TYPES.sort()).toEqual([
      "application.question",
      "application.submitted",
      "application.update",
      "auto_apply.paused",
      "coach.daily",
      "job.alert",
      "session.expired",
      "session.expiring",
      "subscription.expiring",
      "subscription.welcome",
    ]);
  });

  it("job alert lists the jobs with fit and points to JOBS", () => {
    const text = render("job.alert", {
      jobs: [
        { title: "Backend Engineer", company: "Razorpay", city: "Bengaluru", score: 86 },
        { title: "SDE I", company: "Zoho", score: null },
      ],
      total_new: 5,
    });
    expect(text).toBe(
      "Hi Priya, new jobs that fit you:\n\n" +
        "1. Backend Engineer at Razorpay, Bengaluru — fit 86%\n2. SDE I at Zoho\n\n" +
        "3 more matches on your dashboard.\n\nReply JOBS to see your top matches.",
    );
  });

  it("application submitted says #n of 250 this month", () => {
    expect(
      render("application.submitted", {
        job_title: "Data Analyst",
        company: "Swiggy",
        month_count: 17,
        platform: "linkedin",
      }),
    ).toBe(
      "Hi Priya, Talvix applied for you: Data Analyst at Swiggy (via LinkedIn).\nThat's #17 of 250 this month.",
    );
  });

  it.each([
    ["callback", "called back about"],
    ["interview", "you have an interview with"],
    ["offer", "made you an offer"],
    ["rejected", "decided not to go ahead"],
  ] as const)("application update: %s", (status, phrase) => {
    const text = render("application.update", { job_title: "PM", company: "CRED", status });
    expect(text).toContain(phrase);
    expect(text).toContain("CRED");
  });

  it("needs your answer quotes the screening question", () => {
    const text = render("application.question", {
      job_title: "QA",
      company: "Infosys",
      question: "Are you willing to relocate to Mysuru?",
    });
    expect(text).toContain('"Are you willing to relocate to Mysuru?"');
    expect(text).toContain("dashboard");
  });

  it.each([7, 3, 1] as const)("session expiring in %i days", (days) => {
    const text = render("session.expiring", { platform: "naukri", days_left: days });
    expect(text).toContain(
      `Naukri login for auto-apply expires in ${days} day${days === 1 ? "" : "s"}`,
    );
  });

  it("session expired, auto-apply paused, coach, subscription welcome and expiring", () => {
    expect(render("session.expired", { platform: "indeed" })).toContain("Indeed login has expired");
    expect(render("auto_apply.paused", { reason: "session_expired" })).toContain(
      "paused because a platform login expired",
    );
    expect(
      render("coach.daily", {
        headline: "Two strong matches today.",
        tips: ["Add your SQL project to the resume"],
        new_matches: 2,
      }),
    ).toBe(
      "Good morning Priya! Two strong matches today.\n\n• Add your SQL project to the resume\n\n" +
        "2 new matches today — reply JOBS to see them.",
    );
    expect(
      render("subscription.welcome", {
        plan: "professional",
        daily_apply_limit: 25,
        expires_at: "2026-12-24T00:00:00Z",
      }),
    ).toContain(
      "welcome to Talvix Professional! Auto-apply is ready (up to 25 a day), and your plan runs until 24 Dec 2026",
    );
    expect(render("subscription.expiring", { plan: "student", days_left: 3 })).toContain(
      "Student plan ends in 3 days",
    );
  });

  it("falls back to title and body when the type is unknown or the data does not fit", () => {
    expect(renderNotification({ type: "x.y", title: "Hello", body: "World", data: {} }, to)).toBe(
      "Hi Priya, Hello\n\nWorld",
    );
    expect(
      renderNotification(
        {
          type: "application.submitted",
          title: "Applied",
          body: "To Acme",
          data: { company: "Acme" },
        },
        to,
      ),
    ).toBe("Hi Priya, Applied\n\nTo Acme");
    expect(hasTemplate("application.submitted", { company: "Acme" })).toBe(false);
  });

  it("uses the first name, or 'there'", () => {
    expect(firstName("  Arjun   Mehta ")).toBe("Arjun");
    expect(firstName(null)).toBe("there");
    expect(firstName("")).toBe("there");
  });
});
