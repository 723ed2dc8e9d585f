import type { Skill } from "./schema.ts";
import { tokenize, type Token } from "./tokenize.ts";

interface ExactTerm {
  raws: string[];
  skill: number;
}

/** One trie node per token; phrases of several tokens walk several nodes. */
interface Node {
  /** Index of the skill a case-insensitive phrase ending here names, or -1. */
  skill: number;
  exact: ExactTerm[] | null;
  next: Map<string, Node> | null;
}

export interface SkillHit {
  id: string;
  /** The text as written, e.g. "ReactJS" for react. */
  matched: string;
  count: number;
}

export interface SkillMatcher {
  /** Skill ids found in `text`, in order of first appearance, without duplicates. */
  match(text: string): string[];
  /** Like match, with the spelling used and how often each skill occurs. */
  matchDetailed(text: string): SkillHit[];
  /** Skill ids in an already-tokenised text (lets callers tokenise once). */
  matchTokens(tokens: Token[]): number[];
  ids: readonly string[];
}

function newNode(): Node {
  return { skill: -1, exact: null, next: null };
}

// ".js"/"js" suffix spellings ("React.js", "ReactJS", "react js") are so common that every
// JS library gets them without listing each one.
function spellings(term: string): string[] {
  const out = [term];
  const m = /^(.*?)\.js$/i.exec(term);
  if (m && m[1]) out.push(`${m[1]}js`, `${m[1]} js`);
  return out;
}

export function compileSkillMatcher(skills: readonly Skill[]): SkillMatcher {
  const root = new Map<string, Node>();
  const ids = skills.map((s) => s.id);

  const insert = (term: string, skill: number, exact: boolean) => {
    const tokens = tokenize(term);
    if (tokens.length === 0) return;
    let map = root;
    let node: Node | undefined;
    for (const t of tokens) {
      node = map.get(t.key);
      if (!node) {
        node = newNode();
        map.set(t.key, node);
      }
      map = node.next ??= new Map();
    }
    if (!node) return;
    if (exact) (node.exact ??= []).push({ raws: tokens.map((t) => t.raw), skill });
    // The first skill to claim a phrase keeps it; the build reports such collisions.
    else if (node.skill === -1) node.skill = skill;
  };

  skills.forEach((s, i) => {
    const exact = new Set(s.exact_case ?? []);
    for (const term of [s.name, ...s.aliases]) {
      for (const spelled of spellings(term)) insert(spelled, i, exact.has(term));
    }
  });

  function scan(tokens: Token[], onHit: (skill: number, start: number, end: number) => void) {
    const n = tokens.length;
    let i = 0;
    while (i < n) {
      let map: Map<string, Node> | null = root;
      let bestSkill = -1;
      let bestEnd = i;
      for (let j = i; j < n && map !== null; j++) {
        const tok = tokens[j] as Token;
        if (j > i && tok.brk) break;
        const node: Node | undefined = map.get(tok.key);
        if (!node) break;
        if (node.skill !== -1) {
          bestSkill = node.skill;
          bestEnd = j + 1;
        } else if (node.exact !== null) {
          for (const e of node.exact) {
            let ok = true;
            for (let k = 0; k < e.raws.length; k++) {
              if ((tokens[i + k] as Token).raw !== e.raws[k]) {
                ok = false;
                break;
              }
            }
            if (ok) {
              bestSkill = e.skill;
              bestEnd = j + 1;
              break;
            }
          }
        }
        map = node.next;
      }
      if (bestSkill !== -1) {
        onHit(bestSkill, i, bestEnd);
        i = bestEnd;
      } else i++;
    }
  }

  function matchTokens(tokens: Token[]): number[] {
    const seen = new Set<number>();
    const out: number[] = [];
    scan(tokens, (skill) => {
      if (!seen.has(skill)) {
        seen.add(skill);
        out.push(skill);
      }
    });
    return out;
  }

  return {
    ids,
    matchTokens,
    match(text) {
      return matchTokens(tokenize(text)).map((i) => ids[i] as string);
    },
    matchDetailed(text) {
      const tokens = tokenize(text);
      const hits = new Map<number, SkillHit>();
      scan(tokens, (skill, start, end) => {
        const hit = hits.get(skill);
        if (hit) hit.count++;
        else {
          const matched = tokens
            .slice(start, end)
            .map((t) => t.raw)
            .join(" ");
          hits.set(skill, { id: ids[skill] as string, matched, count: 1 });
        }
      });
      return [...hits.values()];
    },
  };
}
