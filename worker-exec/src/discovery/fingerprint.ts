/**
 * One job, however many portals list it: the fingerprint is a hash of the canonical title
 * (with its seniority and level, so "Senior X" and "X" stay apart), the canonical company,
 * the canonical city (Indian aliases: "Bangalore/Bengaluru" = "Bengaluru, Karnataka") and
 * the employment type. The canonical forms come from shared/intelligence/normalise.
 */
import { createHash } from "node:crypto";
import {
  canonicalCompany,
  canonicalTitle,
  detectEmploymentType,
  parseLocation,
} from "../../../shared/intelligence/normalise/index.ts";
import type { EmploymentType } from "../../../shared/db/schema/enums.ts";

export interface FingerprintParts {
  title: string;
  company: string;
  city: string;
  employmentType: EmploymentType;
}

/** Employment types the jobs table knows; the normaliser's "temporary" is a contract. */
export function toJobEmploymentType(stated: string | null, title: string): EmploymentType {
  const detected = detectEmploymentType(stated ?? "") ?? detectEmploymentType(title);
  if (detected === "temporary") return "contract";
  // Boards mostly leave it out for ordinary jobs; unspecified means full time, so a posting
  // that says "Full-time" and its repost that says nothing are the same job.
  return detected ?? "full_time";
}

/** The canonical city id of a posting's first named city, "remote", or its plain text. */
export function cityKey(
  locationText: string,
  locations: readonly string[],
  remote: boolean,
): string {
  const named =
    parseLocation(locationText).cities[0] ?? parseLocation(locations.join("; ")).cities[0];
  if (named) return named;
  if (remote || parseLocation(locationText).work_mode === "remote") return "remote";
  const plain = locationText
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  return plain ? `other:${plain}` : "unknown";
}

export function titleKey(title: string): string {
  const t = canonicalTitle(title);
  return [t.seniority ?? "", t.key, t.level ?? ""].join(":");
}

export function companyKey(company: string): string {
  return canonicalCompany(company).key;
}

export function fingerprintOf(parts: FingerprintParts): string {
  return createHash("sha256")
    .update([parts.title, parts.company, parts.city, parts.employmentType].join("\u001f"))
    .digest("hex")
    .slice(0, 32);
}
