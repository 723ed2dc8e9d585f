/**
 * Phone text → E.164. Indian numbers are written "+91 98765 43210", "098765-43210",
 * "91 9876543210" or bare; landlines carry an STD code with a trunk 0 ("080-2345 6789").
 */
export function toE164(raw: string, defaultCountryCode = "91"): string | null {
  const trimmed = raw.trim();
  const plus = trimmed.startsWith("+") || trimmed.startsWith("00");
  let digits = trimmed.replace(/\D/g, "");
  if (trimmed.startsWith("00")) digits = digits.slice(2);
  if (plus) return digits.length >= 8 && digits.length <= 15 ? `+${digits}` : null;

  if (defaultCountryCode === "91") {
    if (digits.length === 10 && /^[6-9]/.test(digits)) return `+91${digits}`;
    if (digits.length === 11 && digits.startsWith("0")) return `+91${digits.slice(1)}`;
    if (digits.length === 12 && digits.startsWith("91") && /^[6-9]/.test(digits.slice(2)))
      return `+${digits}`;
    if (digits.length === 13 && digits.startsWith("091")) return `+91${digits.slice(3)}`;
    return null;
  }
  const national = digits.replace(/^0/, "");
  const full = `${defaultCountryCode}${national}`;
  return full.length >= 8 && full.length <= 15 ? `+${full}` : null;
}

/** First phone-like run in free text, normalised; null when none is valid. */
export function findPhone(text: string, defaultCountryCode = "91"): string | null {
  const re = /(?:\+|00)?\d[\d\s\-().]{7,17}\d/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const candidate = m[0];
    // Date ranges and years ("2018 - 2022") are digit runs too; skip them.
    if (/^(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}$/.test(candidate.trim())) continue;
    const e164 = toE164(candidate, defaultCountryCode);
    if (e164) return e164;
  }
  return null;
}
