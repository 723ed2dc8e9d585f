export type EmploymentType =
  "full_time" | "part_time" | "contract" | "internship" | "temporary" | "freelance";

// Order matters: "internship ... full-time conversion" is still an internship.
const RULES: [EmploymentType, RegExp][] = [
  ["internship", /\bintern(?:ship)?s?\b|\bstipend\b/i],
  ["contract", /\bcontract(?:ual)?\b|\bc2h\b|contract[\s-]to[\s-]hire|third[\s-]party\s+payroll/i],
  ["freelance", /\bfreelanc(?:e|er|ing)\b/i],
  ["part_time", /\bpart[\s-]?time\b/i],
  ["temporary", /\btemporary\b|\btemp\s+role\b|\bseasonal\b/i],
  ["full_time", /\bfull[\s-]?time\b|\bpermanent\b|\bfte\b/i],
];

/** Employment type stated in the text, or null when it does not say. */
export function detectEmploymentType(text: string): EmploymentType | null {
  for (const [type, re] of RULES) if (re.test(text)) return type;
  return null;
}
