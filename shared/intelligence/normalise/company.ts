/** Company names as written in resumes and JDs → one canonical key, so "Infosys Ltd",
 * "INFOSYS LIMITED" and "Infosys Technologies" compare equal. */

export interface CanonicalCompany {
  name: string;
  key: string;
}

// A deliberately small alias table: the big Indian employers people abbreviate.
const ALIASES: [string, string[]][] = [
  ["Tata Consultancy Services", ["tcs", "tata consultancy", "tata consultancy services"]],
  ["Infosys", ["infosys", "infosys bpm"]],
  ["Wipro", ["wipro"]],
  ["HCLTech", ["hcl", "hcltech", "hcl tech", "hcl technologies"]],
  ["Tech Mahindra", ["tech mahindra", "techm", "tech m"]],
  [
    "LTIMindtree",
    ["ltimindtree", "lti", "l and t infotech", "larsen and toubro infotech", "mindtree"],
  ],
  ["Cognizant", ["cognizant", "cts", "cognizant technology solutions"]],
  ["Accenture", ["accenture", "accenture solutions"]],
  ["Capgemini", ["capgemini"]],
  ["IBM", ["ibm", "international business machines"]],
  ["Deloitte", ["deloitte", "deloitte usi", "deloitte touche tohmatsu"]],
  ["EY", ["ey", "ernst and young", "ernst young", "ey gds"]],
  ["PwC", ["pwc", "pricewaterhousecoopers", "price waterhouse coopers"]],
  ["KPMG", ["kpmg", "kpmg global services"]],
  [
    "Amazon",
    ["amazon", "amazon development centre", "amazon development center", "amazon seller services"],
  ],
  ["Google", ["google"]],
  ["Microsoft", ["microsoft", "microsoft india r and d", "microsoft r and d"]],
  ["Flipkart", ["flipkart", "flipkart internet"]],
  ["Paytm", ["paytm", "one97 communications", "one 97 communications"]],
  ["Swiggy", ["swiggy", "bundl"]],
  ["Zomato", ["zomato", "eternal"]],
  ["Ola", ["ola", "ani", "ola cabs"]],
  ["BYJU'S", ["byjus", "byju s", "think and learn"]],
  ["PhonePe", ["phonepe"]],
  ["Mphasis", ["mphasis"]],
  ["Hexaware", ["hexaware"]],
  ["Persistent Systems", ["persistent", "persistent systems"]],
  ["Jio Platforms", ["jio", "reliance jio", "jio platforms", "reliance jio infocomm"]],
  ["HDFC Bank", ["hdfc bank"]],
  ["ICICI Bank", ["icici bank"]],
  ["Axis Bank", ["axis bank"]],
  ["State Bank of India", ["sbi", "state bank of india"]],
  ["Zoho", ["zoho", "zoho corporation", "zoho corp"]],
];

const LEGAL_SUFFIX =
  /\s+(?:private|pvt|limited|ltd|llp|inc|incorporated|corp|corporation|co|company|plc|gmbh|technologies|technology|india|the)$/;

function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/\([^)]*\)/g, " ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const aliasToName = new Map<string, string>();
for (const [name, aliases] of ALIASES) for (const a of aliases) aliasToName.set(a, name);

function slug(s: string): string {
  return normalise(s).replace(/ /g, "-");
}

export function canonicalCompany(raw: string): CanonicalCompany {
  let n = normalise(raw);
  const direct = aliasToName.get(n);
  if (direct) return { name: direct, key: slug(direct) };
  for (let prev = ""; prev !== n;) {
    prev = n;
    n = n.replace(LEGAL_SUFFIX, "").replace(/^the\s+/, "");
  }
  const known = aliasToName.get(n);
  if (known) return { name: known, key: slug(known) };
  // Display: the original words minus the stripped suffixes, keeping the writer's casing.
  const words = raw
    .replace(/\([^)]*\)/g, " ")
    .replace(/[.,]/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  const keep = n.split(" ").length;
  const name = words.slice(0, keep).join(" ") || raw.trim();
  return { name, key: n.replace(/ /g, "-") };
}
