/** Splits a JD into the parts candidates read: about, responsibilities, requirements, benefits. */
export type JdSectionKey =
  "about" | "responsibilities" | "requirements" | "nice" | "benefits" | "other";

const HEADINGS: [JdSectionKey, RegExp][] = [
  [
    "nice",
    /^(?:nice|good)[\s-]to[\s-]haves?|^preferred(?:\s+(?:qualifications|skills|experience))?|^bonus(?:\s+points)?|^(?:it'?s\s+)?a\s+plus|^desirable|^added\s+advantage|^additional\s+skills|^optional/i,
  ],
  [
    "requirements",
    /^(?:requirements?|qualifications?|minimum\s+qualifications|basic\s+qualifications|what\s+(?:we(?:'re|\s+are)\s+looking\s+for|you(?:'ll)?\s+(?:need|bring))|who\s+you\s+are|must[\s-]haves?|skills?(?:\s+(?:required|and\s+qualifications|&\s+qualifications))?|required\s+skills|key\s+skills|eligibility(?:\s+criteria)?|desired\s+(?:candidate\s+)?profile|candidate\s+profile|technical\s+skills|experience\s+(?:required|&\s+skills)|about\s+you|your\s+profile|skills\s+&\s+experience)$/i,
  ],
  [
    "responsibilities",
    /^(?:(?:key\s+|roles?\s+(?:and|&)\s+|job\s+|primary\s+|your\s+)?responsibilit(?:y|ies)|what\s+you(?:'ll|\s+will)\s+do|job\s+description|duties|the\s+role|your\s+role|role\s+(?:and|&)\s+responsibilities|day[\s-]to[\s-]day|in\s+this\s+role|what\s+you\s+will\s+be\s+doing|job\s+summary|role\s+overview|about\s+the\s+(?:role|job|position))$/i,
  ],
  [
    "benefits",
    /^(?:benefits|perks(?:\s+(?:and|&)\s+benefits)?|what\s+we\s+offer|why\s+(?:join\s+us|us|work\s+with\s+us)|compensation(?:\s+(?:and|&)\s+benefits)?|we\s+offer|life\s+at\s+.*)$/i,
  ],
  [
    "about",
    /^(?:about\s+(?:us|the\s+company|the\s+team|[A-Z][\w&.\s]{1,30})|who\s+we\s+are|company\s+(?:overview|profile|description)|our\s+(?:story|mission)|overview)$/i,
  ],
];

export function jdHeadingOf(line: string): JdSectionKey | null {
  const t = line
    .replace(/^[#*•\s]+|[:*\s]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (t.length === 0 || t.length > 60 || t.split(" ").length > 7) return null;
  for (const [key, re] of HEADINGS) if (re.test(t)) return key;
  return null;
}

export interface JdSections {
  about: string[];
  responsibilities: string[];
  requirements: string[];
  nice: string[];
  benefits: string[];
  other: string[];
}

export function splitJdSections(lines: string[]): JdSections {
  const s: JdSections = {
    about: [],
    responsibilities: [],
    requirements: [],
    nice: [],
    benefits: [],
    other: [],
  };
  let current: JdSectionKey = "other";
  for (const line of lines) {
    const h = jdHeadingOf(line);
    if (h) {
      current = h;
      continue;
    }
    // "Good to have: Kafka, Redis" inline, wherever it sits.
    const inline =
      /^(?:[•*\-\s]*)((?:nice|good)[\s-]to[\s-]have|preferred|bonus|plus|desirable)\s*[:\-–]\s*(.+)$/i.exec(
        line,
      );
    if (inline) {
      s.nice.push(inline[2] ?? "");
      continue;
    }
    s[current].push(line);
  }
  return s;
}

/** A requirement line that marks itself optional ("Experience with Kafka is a plus"). */
export function isOptionalLine(line: string): boolean {
  return /\b(?:nice[\s-]to[\s-]have|good[\s-]to[\s-]have|is\s+a\s+(?:big\s+)?plus|would\s+be\s+(?:a\s+)?(?:plus|advantage|great)|preferred|bonus|added\s+advantage|desirable|optional|not\s+mandatory)\b/i.test(
    line,
  );
}
