/**
 * The sandbox's companies per ATS. The lead seeds the companies-to-follow table from this
 * list, so every slug here must be served by the sandbox at the real ATS path.
 */
export type AtsName = "greenhouse" | "lever" | "ashby" | "smartrecruiters" | "workday";

/** Misbehaviours a company's board can have, to exercise the adapters' stop/retry paths. */
export type BoardBehaviour = "rate_limited" | "flaky";

export interface SandboxCompany {
  ats: AtsName;
  /** What the adapter takes as --company. Workday: "<tenant>.wd<n>/<site>". */
  slug: string;
  name: string;
  /** Valid jobs served at scale 1 (malformed entries come on top). */
  jobs: number;
  careersDomain: string;
  behaviour?: BoardBehaviour;
}

export const SANDBOX_COMPANIES: Readonly<Record<AtsName, readonly SandboxCompany[]>> = {
  greenhouse: [
    {
      ats: "greenhouse",
      slug: "paywiz",
      name: "Paywiz Technologies",
      jobs: 48,
      careersDomain: "paywiz.in",
    },
    {
      ats: "greenhouse",
      slug: "kiranakart",
      name: "KiranaKart",
      jobs: 30,
      careersDomain: "kiranakart.com",
    },
    {
      ats: "greenhouse",
      slug: "medibridge",
      name: "Medibridge Health",
      jobs: 22,
      careersDomain: "medibridge.health",
    },
    {
      ats: "greenhouse",
      slug: "stackhaus",
      name: "Stackhaus Software",
      jobs: 12,
      careersDomain: "stackhaus.io",
      behaviour: "rate_limited",
    },
  ],
  lever: [
    { ats: "lever", slug: "finlyft", name: "Finlyft", jobs: 45, careersDomain: "finlyft.com" },
    { ats: "lever", slug: "credzen", name: "CredZen", jobs: 28, careersDomain: "credzen.in" },
    {
      ats: "lever",
      slug: "shipwise",
      name: "Shipwise Logistics",
      jobs: 18,
      careersDomain: "shipwise.co.in",
      behaviour: "flaky",
    },
    {
      ats: "lever",
      slug: "quotient-ai",
      name: "Quotient AI",
      jobs: 40,
      careersDomain: "quotient.ai",
      behaviour: "rate_limited",
    },
  ],
  ashby: [
    {
      ats: "ashby",
      slug: "voltrail",
      name: "Voltrail Mobility",
      jobs: 24,
      careersDomain: "voltrail.in",
    },
    {
      ats: "ashby",
      slug: "cloudnest",
      name: "Cloudnest Systems",
      jobs: 16,
      careersDomain: "cloudnest.dev",
    },
  ],
  smartrecruiters: [
    {
      ats: "smartrecruiters",
      slug: "BharatRetailTech",
      name: "Bharat Retail Tech",
      jobs: 120,
      careersDomain: "bharatretail.tech",
    },
    {
      ats: "smartrecruiters",
      slug: "InfosphereConsulting",
      name: "Infosphere Consulting",
      jobs: 26,
      careersDomain: "infosphere.co.in",
    },
  ],
  workday: [
    {
      ats: "workday",
      slug: "sundaram.wd3/External",
      name: "Sundaram Infotech",
      jobs: 45,
      careersDomain: "sundaraminfotech.com",
    },
    {
      ats: "workday",
      slug: "hdfin.wd1/HDFinCareers",
      name: "HDFin Securities",
      jobs: 25,
      careersDomain: "hdfin.co.in",
    },
  ],
};

export function findSandboxCompany(ats: AtsName, slug: string): SandboxCompany | undefined {
  return SANDBOX_COMPANIES[ats].find((c) => c.slug.toLowerCase() === slug.toLowerCase());
}

/** The URL path prefix under which an ATS serves a company's board (real API layout). */
export function boardPathPrefix(ats: AtsName, slug: string): string {
  switch (ats) {
    case "greenhouse":
      return `/v1/boards/${slug}/`;
    case "lever":
      return `/v0/postings/${slug}`;
    case "ashby":
      return `/posting-api/job-board/${slug}`;
    case "smartrecruiters":
      return `/v1/companies/${slug}/`;
    case "workday": {
      const [host = "", site = ""] = slug.split("/");
      return `/wday/cxs/${host.split(".")[0] ?? host}/${site}/`;
    }
  }
}

export function companiesWith(behaviour: BoardBehaviour): SandboxCompany[] {
  return Object.values(SANDBOX_COMPANIES)
    .flat()
    .filter((c) => c.behaviour === behaviour);
}
