export {
  parseSalary,
  toLpa,
  DEFAULT_FX_TO_INR,
  type SalaryInr,
  type ParseSalaryOptions,
} from "./salary.ts";
export { parseExperience, findExperience, type YearsRange } from "./experience.ts";
export {
  parseLocation,
  findCities,
  detectWorkMode,
  cityName,
  cityInfo,
  sameArea,
  type ParsedLocation,
  type WorkMode,
} from "./location.ts";
export { CITIES, type City } from "./cities.ts";
export { canonicalTitle, type CanonicalTitle } from "./title.ts";
export { canonicalCompany, type CanonicalCompany } from "./company.ts";
export { detectSeniority, seniorityRank, SENIORITY_LEVELS, type Seniority } from "./seniority.ts";
export { toE164, findPhone } from "./phone.ts";
export { detectEmploymentType, type EmploymentType } from "./employment-type.ts";
